package org.yichuang.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.PlatformException.Kind;

/** A moved platform and a refused certificate are said with what to do, not as unreadable data or a network fault. */
class ConnectionErrorMessagesTest {
    private final ErrorMessages messages = new ErrorMessages(new I18n(Locale.SIMPLIFIED_CHINESE));

    @Test
    void aMovedPlatformNamesTheNewAddress() {
        String text = messages.of(PlatformException.moved(301, "https://new.example.gov.cn/api/v1/auth/sign-in"));
        assertThat(text).contains("https://new.example.gov.cn/api/v1/auth/sign-in", "\u8bbe\u7f6e"); // settings
    }

    @Test
    void everyCertificateKindSaysHowToFixIt() {
        for (Kind kind : List.of(Kind.CERTIFICATE_UNTRUSTED, Kind.CERTIFICATE_EXPIRED, Kind.CERTIFICATE_WRONG_HOST)) {
            String text = messages.of(new PlatformException(kind, "x"));
            assertThat(text).as(kind.name()).contains("\u8bc1\u4e66").doesNotContain("platform.error"); // certificate
        }
        assertThat(new I18n(Locale.ENGLISH).get("platform.error.MOVED", "https://n/")).contains("https://n/");
    }
}
