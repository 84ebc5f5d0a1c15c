package org.yichuang.ui.clerk;

import org.yichuang.domain.clerk.Clerk;
import org.yichuang.ui.clerk.guide.Guide;
import org.yichuang.usecase.AcceptCase;

/** Moves between the clerk's screens; implemented by the shell so view models never touch the scene. */
public interface ClerkNavigator {
    void signedIn(Clerk clerk);

    void home();

    void guide(CatalogueHit hit);

    void acceptance(Guide guide);

    void receipt(Guide guide, AcceptCase.Accepted accepted);
}
