package org.yichuang.usecase;

import org.yichuang.domain.clerk.ClerkSession;
import org.yichuang.domain.text.TypedText;
import org.yichuang.usecase.port.ClerkAccounts;

/** A clerk or a station's operator signs in; the account is cleaned as typed text (an IME's full-width letters). */
public final class SignIn {
    private final ClerkAccounts accounts;

    public SignIn(ClerkAccounts accounts) {
        this.accounts = accounts;
    }

    /** Throws {@code PlatformException} (UNAUTHORIZED for a wrong account or password). */
    public ClerkSession signIn(String typedAccount, char[] password) {
        return accounts.signIn(TypedText.normalise(typedAccount), password);
    }

    /** Forgets the session's token here; nothing goes over the network, so the FX thread may call it. */
    public void signOut() {
        accounts.signOut();
    }
}
