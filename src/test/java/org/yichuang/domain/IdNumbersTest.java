package org.yichuang.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yichuang.domain.applicant.IdNumbers;
import org.yichuang.domain.applicant.Masking;

class IdNumbersTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            11010519491231002X, true
            11010519491231002x, true
            610113198803124523, true
            610113198803124524, false
            61011319880231452X, false
            6101131988031245,   false
            ABCDEFGHIJKLMNOPQR, false
            """)
    void checksGb11643(String number, boolean valid) {
        assertThat(IdNumbers.isValid(number)).isEqualTo(valid);
    }

    @Test
    void namesTheProblem() {
        assertThat(IdNumbers.problem("610113198803124524")).contains("id.invalid.checkDigit");
        assertThat(IdNumbers.problem("610113198802304523")).contains("id.invalid.birthDate");
        assertThat(IdNumbers.problem("123")).contains("id.invalid.format");
        assertThat(IdNumbers.problem(null)).contains("id.invalid.format");
    }

    @Test
    void readsTheBirthDate() {
        assertThat(IdNumbers.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
    }

    @Test
    void masksForLogsAndPublicScreens() {
        assertThat(Masking.idNumber("610113198803124523")).isEqualTo("6101**********4523");
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳小明")).isEqualTo("欧***");
        assertThat(Masking.name("李")).isEqualTo("李*");
        assertThat(Masking.phone("13800000000")).isEqualTo("138****0000");
        assertThat(Masking.idNumber("")).isEmpty();
        assertThat(Masking.idNumber("1234")).isEqualTo("****");
    }
}
