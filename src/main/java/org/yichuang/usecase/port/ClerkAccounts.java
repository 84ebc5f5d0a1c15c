package org.yichuang.usecase.port;

import org.yichuang.domain.clerk.ClerkSession;

/** Clerk sign-in (contract: /auth). Later calls that need a clerk use the session's token. */
public interface ClerkAccounts {
    ClerkSession signIn(String username, char[] password);

    void signOut();
}
