package org.yichuang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yichuang.ui.common.I18n;

class I18nTest {
    @Test
    void chineseWinsEvenOnAnEnglishMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(new I18n(Locale.SIMPLIFIED_CHINESE).get("signin.button")).isEqualTo("登录");
            assertThat(new I18n(Locale.ENGLISH).get("signin.button")).isEqualTo("Sign in");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void formatsArgumentsAndShowsMissingKeys() {
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.get("home.count", 1, 42)).isEqualTo("一件事 1 项，事项 42 项");
        assertThat(i18n.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
