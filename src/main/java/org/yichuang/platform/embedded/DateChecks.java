package org.yichuang.platform.embedded;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yichuang.domain.catalogue.DateRule;
import org.yichuang.domain.catalogue.FieldRules;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.platform.Problem.FieldProblem;

/**
 * Each date of the form where its field's {@link DateRule} lets it lie (field report, issue 10: a newborn born in
 * the future was accepted): today in the platform's clock zone, other dates from the form, the applicant's birth date
 * from the submission.
 */
final class DateChecks {
    private DateChecks() {
    }

    static void check(CaseSubmission s, List<ServiceItem> items, LocalDate today, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (ServiceItem item : items) {
            for (FormField f : item.fields()) {
                String value = s.formData().get(f.key());
                if (value == null || !seen.add(f.key())) {
                    continue;
                }
                FieldRules.dateProblem(f, value, today, key -> dateOf(s, key)).ifPresent(b -> problems.add(
                        new FieldProblem("formData." + f.key(), text(b, f, items))));
            }
        }
    }

    private static Optional<LocalDate> dateOf(CaseSubmission s, String key) {
        if (key.equals("applicant.birthDate") && s.applicant() != null && s.applicant().birthDate() != null) {
            return Optional.of(s.applicant().birthDate());
        }
        return FieldRules.date(s.formData().get(key));
    }

    private static String text(DateRule.Breach b, FormField f, List<ServiceItem> items) {
        return switch (b.key()) {
            case "field.date.future" -> PlatformText.PROBLEM_DATE_FUTURE.text(f.label());
            case "field.date.past" -> PlatformText.PROBLEM_DATE_PAST.text(f.label());
            default -> PlatformText.PROBLEM_DATE_BEFORE.text(f.label(), label(b.otherKey(), items), b.other());
        };
    }

    private static String label(String key, List<ServiceItem> items) {
        return items.stream().flatMap(i -> i.fields().stream()).filter(f -> f.key().equals(key)).map(FormField::label)
                .findFirst().orElseGet(PlatformText.PROBLEM_APPLICANT_BIRTH_DATE::text);
    }
}
