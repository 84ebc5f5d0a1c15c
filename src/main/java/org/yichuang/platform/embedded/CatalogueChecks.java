package org.yichuang.platform.embedded;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yichuang.domain.catalogue.Bundle;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.catalogue.SituationChoice;

/** The rules seed data must keep so that guides read right and bundles merge (docs/catalogue-format.md). */
final class CatalogueChecks {
    private CatalogueChecks() {
    }

    static List<String> problems(Map<String, ServiceItem> items, Map<String, Bundle> bundles) {
        List<String> problems = new ArrayList<>();
        Map<String, FormField> fieldsByKey = new HashMap<>();
        Map<String, Material> materialsById = new HashMap<>();
        for (ServiceItem item : items.values()) {
            checkItem(item, problems);
            for (FormField f : item.fields()) {
                FormField seen = fieldsByKey.putIfAbsent(f.key(), f);
                if (seen != null && (seen.type() != f.type() || !seen.label().equals(f.label()))) {
                    problems.add(item.code() + ": field " + f.key() + " differs from another item's");
                }
            }
            for (Material m : item.materials()) {
                Material seen = materialsById.putIfAbsent(m.id(), m);
                if (seen != null && (!seen.name().equals(m.name()) || !Objects.equals(seen.elicenceType(), m.elicenceType()))) {
                    problems.add(item.code() + ": material " + m.id() + " differs from another item's");
                }
            }
        }
        for (Bundle bundle : bundles.values()) {
            if (bundle.itemCodes().isEmpty()) {
                problems.add(bundle.code() + ": bundle has no items");
            }
            bundle.itemCodes().stream().filter(c -> !items.containsKey(c))
                    .forEach(c -> problems.add(bundle.code() + ": unknown item " + c));
        }
        return problems;
    }

    private static void checkItem(ServiceItem item, List<String> problems) {
        String code = item.code();
        if (code == null || !code.matches("[A-Z]{2,3}-\\d{4}")) {
            problems.add(code + ": code is not DEPT-nnnn");
        }
        if (item.caseKind() == CaseKind.INSTANT && item.promisedLimitDays() != 0) {
            problems.add(code + ": an instant item promises no days");
        }
        if (item.caseKind() == CaseKind.PROMISE
                && (item.promisedLimitDays() < 1 || item.promisedLimitDays() > item.legalLimitDays())) {
            problems.add(code + ": promised days must be within 1..legal days");
        }
        List<SituationChoice> choices = new ArrayList<>();
        item.materials().forEach(m -> choices.addAll(m.requiredWhen()));
        item.fields().forEach(f -> choices.addAll(f.requiredWhen()));
        for (SituationChoice choice : choices) {
            boolean known = item.situations().stream()
                    .anyMatch(s -> s.id().equals(choice.situation()) && s.hasOption(choice.option()));
            if (!known) {
                problems.add(code + ": requiredWhen names unknown " + choice.situation() + "=" + choice.option());
            }
        }
        if (item.name() == null || item.name().isBlank() || item.materials().isEmpty() || item.fields().isEmpty()) {
            problems.add(code + ": name, materials and fields are required");
        }
    }
}
