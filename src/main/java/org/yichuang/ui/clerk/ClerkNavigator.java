package org.yichuang.ui.clerk;

import java.util.List;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.domain.cases.Subject;
import org.yichuang.usecase.DecideCase;
import org.yichuang.usecase.MakeDocuments;

/** Moves between the clerk's screens; implemented by the shell so view models never touch the scene. */
public interface ClerkNavigator {
    void signedIn(Clerk clerk);

    void home();

    void guide(CatalogueHit hit);

    void acceptance(Subject guide);

    /** A decided case and its documents. */
    void documents(CaseRecord record, List<MakeDocuments.Document> documents);

    /** A decision the platform could not take yet: it waits in the outbox. */
    void kept(DecideCase.Kept kept);

    /** The applicant rates the service, on a second screen when there is one. */
    void evaluation(CaseRecord record);

    /** My work (我的办件). */
    void myWork();
}
