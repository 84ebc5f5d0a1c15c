package org.yichuang.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.domain.cases.CaseNumbers;

class CaseNumbersTest {
    @Test
    void buildsFifteenDigitsWithAValidCheckDigit() {
        String number = CaseNumbers.of(LocalDate.of(2026, 11, 22), 123);
        assertThat(number).hasSize(15).startsWith("20261122000123");
        assertThat(CaseNumbers.isValid(number)).isTrue();
    }

    @Test
    void catchesEverySingleDigitSlip() {
        String number = CaseNumbers.of(LocalDate.of(2026, 1, 5), 42);
        for (int i = 0; i < number.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != number.charAt(i)) {
                    String typo = number.substring(0, i) + d + number.substring(i + 1);
                    assertThat(CaseNumbers.isValid(typo)).as(typo).isFalse();
                }
            }
        }
    }

    @Test
    void catchesAdjacentSwaps() {
        String number = CaseNumbers.of(LocalDate.of(2026, 3, 17), 908);
        for (int i = 0; i + 1 < number.length(); i++) {
            if (number.charAt(i) != number.charAt(i + 1) && !(number.charAt(i) + number.charAt(i + 1) == '0' + '9')) {
                String swapped = number.substring(0, i) + number.charAt(i + 1) + number.charAt(i) + number.substring(i + 2);
                assertThat(CaseNumbers.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026112200012", "2026112200012345", "20261122000A234", " 202611220001234"})
    void rejectsWrongShapes(String typed) {
        assertThat(CaseNumbers.isValid(typed)).isFalse();
    }

    @Test
    void refusesSequencesOutOfRange() {
        assertThatThrownBy(() -> CaseNumbers.of(LocalDate.now(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseNumbers.of(LocalDate.now(), 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
