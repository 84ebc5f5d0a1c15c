package org.yichuang.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.applicant.ApplicantChecks;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;

class ApplicantChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static CardHolder with(String idNumber, LocalDate birth, IdDocumentType type, LocalDate until) {
        return new CardHolder("样例", Sex.MALE, "汉", birth, "地址", idNumber, "机关", LocalDate.of(2020, 1, 1), until, type);
    }

    @Test
    void aGoodCardHasNoProblems() {
        assertThat(ApplicantChecks.problems(SpecimenCards.LI_MEI, TODAY)).isEmpty();
        assertThat(ApplicantChecks.problems(SpecimenCards.ZHANG_SAN, TODAY)).as("长期").isEmpty();
    }

    @Test
    void flagsAnExpiredCard() {
        assertThat(ApplicantChecks.problems(SpecimenCards.WANG_JIANGUO, TODAY)).containsExactly("id.expired");
    }

    @Test
    void flagsABirthDateThatDisagreesWithTheNumber() {
        assertThat(ApplicantChecks.problems(with("610113198803124523", LocalDate.of(1988, 3, 13), IdDocumentType.RESIDENT_ID, null), TODAY))
                .containsExactly("id.invalid.birthDateMismatch");
    }

    @Test
    void flagsUnknownRegionsAndPermitPrefixes() {
        String noProvince = "991131198803124520"; // 99 is no province; check digit computed below
        String valid = noProvince.substring(0, 17) + org.yichuang.domain.applicant.IdNumbers.checkCharacter(noProvince);
        assertThat(ApplicantChecks.problems(with(valid, LocalDate.of(1988, 3, 12), IdDocumentType.RESIDENT_ID, null), TODAY))
                .containsExactly("id.invalid.region");
        assertThat(ApplicantChecks.problems(with("610113198803124523", LocalDate.of(1988, 3, 12), IdDocumentType.HMT_PERMIT, null), TODAY))
                .containsExactly("id.invalid.permitPrefix");
        assertThat(ApplicantChecks.problems(with("810000199006010018", LocalDate.of(1990, 6, 1), IdDocumentType.HMT_PERMIT, null), TODAY))
                .isEmpty();
    }

    @Test
    void listsSeveralProblemsAtOnce() {
        assertThat(ApplicantChecks.problems(with("610113198803124524", null, IdDocumentType.RESIDENT_ID,
                LocalDate.of(2020, 1, 1)), TODAY)).containsExactly("id.invalid.checkDigit", "id.expired");
    }
}
