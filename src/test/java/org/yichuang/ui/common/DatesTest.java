package org.yichuang.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Field report (issue 10): the 容缺 picker showed 12/10/2026 beside 2026-12-10. One form, whatever the locale. */
class DatesTest {
    @Test
    void oneFormWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Dates.converter().toString(LocalDate.of(2026, 12, 10))).isEqualTo("2026-12-10");
            assertThat(Dates.day(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void whatIsTypedIsReadCleanedAndNothingElse() {
        assertThat(Dates.converter().fromString("２０２６-１２-１０")).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(Dates.converter().fromString("12/10/2026")).isNull();
        assertThat(Dates.converter().fromString("")).isNull();
        assertThat(Dates.day(null)).isEmpty();
    }
}
