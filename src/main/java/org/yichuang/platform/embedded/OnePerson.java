package org.yichuang.platform.embedded;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.licence.ElectronicLicence;
import org.yichuang.domain.text.Identifiers;
import org.yichuang.domain.text.TypedText;
import org.yichuang.platform.Problem.FieldProblem;

/**
 * A case holds one applicant (field report, issue 10): the form names the person the submission names, and the agent's
 * fields the agent; every e-licence used in place of a material is held by the applicant. A window that mixed two
 * people's data is answered 422 naming each field, so the clerk can see what came from whom.
 */
final class OnePerson {
    private OnePerson() {
    }

    static void check(CaseSubmission s, List<ServiceItem> items, Function<String, List<ElectronicLicence>> licencesOf,
                      List<FieldProblem> problems) {
        if (s.applicant() == null || s.applicant().idNumber() == null) {
            return; // reported as missing by the validator
        }
        Map<String, String> labels = new HashMap<>();
        items.forEach(i -> i.fields().forEach(f -> labels.putIfAbsent(f.key(), f.label())));
        Map<String, String> form = s.formData();
        var applicant = PlatformText.PROBLEM_NOT_THE_APPLICANT;
        same(form, labels, "applicant.idNumber", Identifiers.code(s.applicant().idNumber()), true, applicant, problems);
        same(form, labels, "applicant.name", s.applicant().name(), false, applicant, problems);
        if (s.agent() != null && s.agent().idNumber() != null) {
            var agent = PlatformText.PROBLEM_NOT_THE_AGENT;
            same(form, labels, "agent.idNumber", Identifiers.code(s.agent().idNumber()), true, agent, problems);
            same(form, labels, "agent.name", s.agent().name(), false, agent, problems);
        }
        Set<String> held = licencesOf.apply(s.applicant().idNumber()).stream().map(ElectronicLicence::licenceNumber)
                .collect(Collectors.toSet());
        for (MaterialProvision m : s.materials()) {
            if (m.provision() == Provision.ELICENCE && !m.licenceNumber().isBlank() && !held.contains(m.licenceNumber())) {
                problems.add(new FieldProblem("materials." + m.materialId(),
                        PlatformText.PROBLEM_LICENCE_NOT_HELD.text(m.name(), m.licenceNumber())));
            }
        }
    }

    private static void same(Map<String, String> form, Map<String, String> labels, String key, String expected,
                             boolean code, PlatformText text, List<FieldProblem> problems) {
        String typed = form.get(key);
        if (typed == null || typed.isBlank() || expected == null) {
            return;
        }
        String value = code ? Identifiers.code(typed) : TypedText.normalise(typed);
        if (!value.equals(code ? expected : TypedText.normalise(expected))) {
            problems.add(new FieldProblem("formData." + key, text.text(labels.getOrDefault(key, key))));
        }
    }
}
