package org.yichuang.ui.clerk.signin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.SignIn;
import org.yichuang.usecase.port.PlatformException;

/** Clerk sign-in: the password never outlives the attempt. */
public final class SignInViewModel {
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final SignIn accounts;
    private final TaskExecutor tasks;
    private final ClerkNavigator navigator;
    private final I18n i18n;
    private final ErrorMessages errors;

    public SignInViewModel(SignIn accounts, TaskExecutor tasks, ClerkNavigator navigator, I18n i18n, ErrorMessages errors) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.navigator = navigator;
        this.i18n = i18n;
        this.errors = errors;
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        if (username.get().isBlank() || password.get().isEmpty()) {
            error.set(i18n.get("signin.missing"));
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        busy.set(true);
        error.set("");
        String account = username.get();
        tasks.run(() -> accounts.signIn(account, secret), session -> {
            busy.set(false);
            java.util.Arrays.fill(secret, '\0');
            navigator.signedIn(session.clerk());
        }, failure -> {
            busy.set(false);
            java.util.Arrays.fill(secret, '\0');
            boolean wrong = failure instanceof PlatformException p && p.kind() == PlatformException.Kind.UNAUTHORIZED;
            error.set(wrong ? i18n.get("signin.wrong") : errors.of(failure));
        });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
