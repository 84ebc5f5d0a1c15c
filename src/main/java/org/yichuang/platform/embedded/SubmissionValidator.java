package org.yichuang.platform.embedded;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import org.yichuang.domain.cases.Decision;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.IdNumbers;
import org.yichuang.domain.catalogue.FieldRules;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.Principal;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.text.Identifiers;
import org.yichuang.domain.text.TypedText;
import org.yichuang.platform.Problem.FieldProblem;

/** Checks a case submission against the items it names; lists every problem at once. */
final class SubmissionValidator {
    private static final int MAX_FORM_ENTRIES = 300;
    private static final int MAX_VALUE_LENGTH = 2000;
    private static final Set<FieldType> IDENTIFIERS = Set.of(FieldType.ID_NUMBER, FieldType.USCC, FieldType.PHONE);
    /** The texts of the identifier problems the window's rules name; any other reads as a format problem. */
    private static final Map<String, PlatformText> PROBLEMS = Map.of("field.phone", PlatformText.PROBLEM_PHONE,
            "field.uscc", PlatformText.PROBLEM_USCC, "id.invalid.format", PlatformText.PROBLEM_ID_FORMAT,
            "id.invalid.checkDigit", PlatformText.PROBLEM_ID_CHECK_DIGIT,
            "id.invalid.birthDate", PlatformText.PROBLEM_ID_BIRTH_DATE);

    private SubmissionValidator() {
    }

    static List<FieldProblem> problems(CaseSubmission s, List<ServiceItem> items, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.channel() == null) {
            problems.add(new FieldProblem("channel", "required"));
        }
        applicant(s.applicant(), problems);
        if (s.agent() != null && (s.agent().idNumber() == null || !IdNumbers.isValid(s.agent().idNumber()))) {
            problems.add(new FieldProblem("agent.idNumber", "not a valid identity document number"));
        }
        DecisionRules.check(s, items, problems);
        if (s.decision().decision() == Decision.ACCEPT) { // a notice or a refusal records what was asked, not materials
            form(s.formData(), items, problems);
            DateChecks.check(s, items, today, problems);
            materials(s.materials(), items, today, problems);
        }
        return problems;
    }

    private static void applicant(Principal a, List<FieldProblem> problems) {
        if (a == null) {
            problems.add(new FieldProblem("applicant", "required"));
            return;
        }
        if (a.name() == null || a.name().isBlank() || TypedText.length(a.name()) > 60) {
            problems.add(new FieldProblem("applicant.name", "required, at most 60 characters"));
        }
        boolean residentLike = a.idType() != IdDocumentType.FOREIGNER_PERMANENT; // permits and SSNs use GB 11643 too
        if (residentLike ? !IdNumbers.isValid(a.idNumber()) : !permanentResidenceNumber(a.idNumber())) {
            problems.add(new FieldProblem("applicant.idNumber", "not a valid identity document number"));
        }
        if (a.phone() != null && !a.phone().isEmpty() && !Identifiers.isPhone(a.phone())) {
            problems.add(new FieldProblem("applicant.phone", "not a phone number"));
        }
    }

    /** 2017 edition: 3 letters and 12 digits; 2023 edition: 9 and 17 more with a GB 11643 check character. */
    private static boolean permanentResidenceNumber(String n) {
        return n != null && (n.matches("[A-Z]{3}\\d{12}")
                || n.matches("9\\d{16}[\\dX]") && n.charAt(17) == IdNumbers.checkCharacter(n));
    }

    private static void form(Map<String, String> form, List<ServiceItem> items, List<FieldProblem> problems) {
        if (form.size() > MAX_FORM_ENTRIES) {
            problems.add(new FieldProblem("formData", "too many entries"));
            return;
        }
        form.forEach((k, v) -> {
            if (v != null && TypedText.length(v) > MAX_VALUE_LENGTH) {
                problems.add(new FieldProblem("formData." + k, "longer than " + MAX_VALUE_LENGTH));
            }
        });
        Set<String> reported = new java.util.HashSet<>();
        for (ServiceItem item : items) {
            for (FormField f : item.fields()) {
                String value = form.get(f.key());
                boolean blank = value == null || value.isBlank();
                if (f.required() && f.requiredWhen().isEmpty() && blank && reported.add(f.key())) {
                    problems.add(new FieldProblem("formData." + f.key(), PlatformText.PROBLEM_REQUIRED.text(f.label())));
                } else if (!blank && f.maxLength() != null && TypedText.length(value) > f.maxLength() && reported.add(f.key())) {
                    problems.add(new FieldProblem("formData." + f.key(),
                            PlatformText.PROBLEM_TOO_LONG.text(f.label(), f.maxLength())));
                } else if (!blank && IDENTIFIERS.contains(f.type()) && reported.add(f.key())) {
                    identifier(f, value, form, problems);
                }
            }
        }
    }

    /** Identifiers follow the window's rules: a USCC check mismatch stands only when the clerk confirmed it. */
    private static void identifier(FormField f, String value, Map<String, String> form, List<FieldProblem> problems) {
        var problem = FieldRules.problem(f, value, false);
        if (problem.isPresent()) {
            problems.add(new FieldProblem("formData." + f.key(),
                    PROBLEMS.getOrDefault(problem.get(), PlatformText.PROBLEM_FORMAT).text(f.label())));
        } else if (FieldRules.warning(f, value).isPresent() && isBlank(form.get(FieldRules.confirmationKey(f.key())))) {
            problems.add(new FieldProblem("formData." + f.key(),
                    PlatformText.PROBLEM_UNCONFIRMED_CHECK_DIGIT.text(f.label(), FieldRules.confirmationKey(f.key()))));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void materials(List<MaterialProvision> given, List<ServiceItem> items, LocalDate today,
                                  List<FieldProblem> problems) {
        Map<String, Material> known = items.stream().flatMap(i -> i.materials().stream())
                .collect(Collectors.toMap(Material::id, m -> m, (a, b) -> a.deferrable() ? b : a));
        for (int i = 0; i < given.size(); i++) {
            MaterialProvision p = given.get(i);
            Material m = p.materialId() == null ? null : known.get(p.materialId());
            if (m == null || p.provision() == null) {
                problems.add(new FieldProblem("materials[" + i + "]", "unknown material or provision"));
            } else if (p.provision() == Provision.DEFERRED
                    && (!m.deferrable() || p.dueDate() == null || !p.dueDate().isAfter(today))) {
                problems.add(new FieldProblem("materials[" + i + "]", PlatformText.PROBLEM_NOT_DEFERRABLE.text(m.name())));
            } else if (p.provision().carriesFile() && (p.digest() == null || !hex(p.digest().sha256(), 64)
                    || !hex(p.digest().sm3(), 64) || p.digest().sizeBytes() <= 0)) {
                problems.add(new FieldProblem("materials[" + i + "].digest", PlatformText.PROBLEM_NO_DIGEST.text(m.name())));
            } else if (p.provision() == Provision.ELICENCE && p.licenceNumber().isBlank()) {
                problems.add(new FieldProblem("materials[" + i + "].licenceNumber",
                        PlatformText.PROBLEM_NO_LICENCE_NUMBER.text(m.name())));
            }
        }
        java.util.Set<String> provided = given.stream().map(MaterialProvision::materialId).collect(Collectors.toSet());
        java.util.Set<String> named = new java.util.HashSet<>();
        for (ServiceItem item : items) {
            for (Material m : item.materials()) {
                if (m.requiredWhen().isEmpty() && !provided.contains(m.id()) && named.add(m.id())) {
                    problems.add(new FieldProblem("materials", PlatformText.PROBLEM_MATERIAL_MISSING.text(m.name())));
                }
            }
        }
    }

    private static boolean hex(String s, int length) {
        return s != null && s.length() == length && s.chars().allMatch(ch -> Character.digit(ch, 16) >= 0);
    }
}
