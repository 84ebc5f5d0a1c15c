package org.yichuang.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.catalogue.DateRule;
import org.yichuang.domain.catalogue.FieldGroup;
import org.yichuang.domain.catalogue.FieldRules;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.FormField;

/** Field report (issue 10): a newborn's birth date in the future was accepted. */
class DateRuleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final FormField BIRTH = new FormField("newborn.birthDate", "新生儿出生日期", FieldType.DATE, true, null, null,
            List.of(), null, FieldGroup.SUBJECT, List.of(), new DateRule(true, false, List.of("applicant.birthDate")));
    private static final Map<String, LocalDate> MOTHER = Map.of("applicant.birthDate", LocalDate.of(1988, 3, 12));

    private static Optional<String> breach(FormField f, String value) {
        return FieldRules.dateProblem(f, value, TODAY, k -> Optional.ofNullable(MOTHER.get(k))).map(DateRule.Breach::key);
    }

    @Test
    void aBirthMayBeTodayButNotTomorrow() {
        assertThat(breach(BIRTH, "2026-11-29")).isEmpty();
        assertThat(breach(BIRTH, "2026-11-30")).contains("field.date.future");
        assertThat(breach(BIRTH, "２０２６-１２-０１")).as("typed full-width").contains("field.date.future");
    }

    @Test
    void aChildIsNotBornBeforeTheParent() {
        var b = FieldRules.dateProblem(BIRTH, "1980-01-01", TODAY, k -> Optional.ofNullable(MOTHER.get(k))).orElseThrow();
        assertThat(b.key()).isEqualTo("field.date.notBefore");
        assertThat(b.otherKey()).isEqualTo("applicant.birthDate");
        assertThat(b.other()).isEqualTo(LocalDate.of(1988, 3, 12));
        assertThat(FieldRules.dateProblem(BIRTH, "1980-01-01", TODAY, k -> Optional.empty())).as("parent unknown").isEmpty();
    }

    @Test
    void aPlannedStartIsNotInThePastAndMalformedDatesAreLeftToTheFormatRule() {
        FormField start = new FormField("excavation.startDate", "计划开工日期", FieldType.DATE, true, null, null, List.of(), null,
                FieldGroup.BUSINESS, List.of(), new DateRule(false, true, List.of()));
        assertThat(breach(start, "2026-11-28")).contains("field.date.past");
        assertThat(breach(start, "2026-11-29")).isEmpty();
        assertThat(breach(start, "2026-13-01")).isEmpty();
        assertThat(FieldRules.problem(start, "2026-13-01", true)).contains("field.date");
    }

    @Test
    void aFieldWithoutRulesIsNeverJudged() {
        FormField plain = new FormField("x.date", "x", FieldType.DATE, true, null, null, List.of(), null, FieldGroup.BUSINESS, List.of());
        assertThat(plain.dates()).isEqualTo(DateRule.NONE);
        assertThat(breach(plain, "2999-01-01")).isEmpty();
    }
}
