package org.yichuang.ui.clerk.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.domain.clerk.ClerkSession;
import org.yichuang.testing.HeldTasks;
import org.yichuang.testing.RecordingClerkNavigator;
import org.yichuang.testing.SameThreadTasks;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.SignIn;
import org.yichuang.usecase.port.ClerkAccounts;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.PlatformException.Kind;

/** Sign-in without a window: the right password moves on, a wrong one is said plainly, the password never stays. */
class SignInViewModelTest {
    private static final Clerk LI_MING = new Clerk("clerk01", "李明", "西安市政务服务中心", "01", "610000");
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final RecordingClerkNavigator navigator = new RecordingClerkNavigator();
    private final Accounts accounts = new Accounts();

    /** One account, clerk01 / 123456, as the platform holds it; keeps each account and password array it was given. */
    private static final class Accounts implements ClerkAccounts {
        final List<String> usernames = new ArrayList<>();
        final List<char[]> passwords = new ArrayList<>();
        PlatformException outage;

        @Override
        public ClerkSession signIn(String username, char[] password) {
            usernames.add(username);
            passwords.add(password);
            if (outage != null) {
                throw outage;
            }
            if (!username.equals("clerk01") || !String.valueOf(password).equals("123456")) {
                throw new PlatformException(Kind.UNAUTHORIZED, "401 bad credentials");
            }
            return new ClerkSession("token-1", OffsetDateTime.parse("2026-11-22T18:00:00+08:00"), LI_MING);
        }

        @Override
        public void signOut() {
        }
    }

    private SignInViewModel model(TaskExecutor tasks, String username, String password) {
        var m = new SignInViewModel(new SignIn(accounts), tasks, navigator, i18n, new ErrorMessages(i18n));
        m.usernameProperty().set(username);
        m.passwordProperty().set(password);
        return m;
    }

    @Test
    void theRightPasswordSignsInAndIsWipedAfterwards() {
        SignInViewModel m = model(new SameThreadTasks(), "clerk01", "123456");
        m.signIn();
        assertThat(navigator.moves).containsExactly("signedIn");
        assertThat(navigator.carried).isEqualTo(LI_MING);
        assertThat(m.errorProperty().get()).isEmpty();
        assertThat(m.passwordProperty().get()).isEmpty();
        assertThat(m.busyProperty().get()).isFalse();
        assertThat(accounts.passwords.getFirst()).containsOnly('\0'); // the array the platform was given is zeroed
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndMustBeTypedAgain() {
        SignInViewModel m = model(new SameThreadTasks(), "clerk01", "654321");
        m.signIn();
        assertThat(navigator.moves).isEmpty();
        assertThat(m.errorProperty().get()).isEqualTo("账号或密码不正确");
        assertThat(m.passwordProperty().get()).isEmpty();
        assertThat(m.usernameProperty().get()).isEqualTo("clerk01");
        assertThat(accounts.passwords.getFirst()).containsOnly('\0');
    }

    @Test
    void anAccountTypedInFullWidthIsSentHalfWidth() {
        model(new SameThreadTasks(), " ｃｌｅｒｋ０１\u3000", "123456").signIn();
        assertThat(accounts.usernames).containsExactly("clerk01");
        assertThat(navigator.moves).containsExactly("signedIn");
    }

    @Test
    void nothingIsSentWithoutAnAccountAndAPassword() {
        SignInViewModel m = model(new SameThreadTasks(), "  ", "123456");
        m.signIn();
        assertThat(m.errorProperty().get()).isEqualTo("请输入账号和密码");
        m.usernameProperty().set("clerk01");
        m.passwordProperty().set("");
        m.errorProperty().set("");
        m.signIn();
        assertThat(m.errorProperty().get()).isEqualTo("请输入账号和密码");
        assertThat(accounts.usernames).isEmpty();
    }

    @Test
    void anUnreachablePlatformIsNotCalledAWrongPassword() {
        accounts.outage = new PlatformException(Kind.UNREACHABLE, "connection refused");
        SignInViewModel m = model(new SameThreadTasks(), "clerk01", "123456");
        m.signIn();
        assertThat(m.errorProperty().get()).isEqualTo("无法连接政务服务平台，请检查网络；已填写的内容不会丢失");
        assertThat(navigator.moves).isEmpty();
    }

    @Test
    void aSecondPressWhileSigningInSendsNothingMore() {
        HeldTasks tasks = new HeldTasks();
        SignInViewModel m = model(tasks, "clerk01", "123456");
        m.signIn();
        assertThat(m.busyProperty().get()).isTrue();
        assertThat(m.passwordProperty().get()).isEmpty(); // cleared as soon as it is sent, not when the answer comes
        m.passwordProperty().set("123456");
        m.signIn();
        assertThat(tasks.waiting()).isEqualTo(1);
        tasks.runNext();
        assertThat(navigator.moves).containsExactly("signedIn");
        assertThat(m.busyProperty().get()).isFalse();
    }
}
