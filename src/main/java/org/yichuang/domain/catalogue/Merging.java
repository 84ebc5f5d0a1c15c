package org.yichuang.domain.catalogue;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One form and one material list for one or several items (一表申请, 一套材料): a field or material that
 * several items share by meaning (key, id) appears once; a field is required if any item requires it.
 */
public final class Merging {
    private Merging() {
    }

    public static List<FormField> fields(List<ServiceItem> items, Set<SituationChoice> answers) {
        Map<String, FormField> merged = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            for (FormField f : item.fields()) {
                if (f.appliesTo(answers)) {
                    merged.merge(f.key(), f, (a, b) -> a.required() || !b.required() ? a : b);
                }
            }
        }
        return merged.values().stream().sorted(Comparator.comparing(FormField::group)).toList();
    }

    public static List<Material> materials(List<ServiceItem> items, Set<SituationChoice> answers) {
        Map<String, Material> merged = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            for (Material m : item.materials()) {
                if (m.appliesTo(answers)) {
                    // deferrable only if every item that asks for it allows deferral
                    merged.merge(m.id(), m, (a, b) -> a.deferrable() ? b : a);
                }
            }
        }
        return List.copyOf(merged.values());
    }

    public static List<Situation> situations(List<ServiceItem> items) {
        Map<String, Situation> merged = new LinkedHashMap<>();
        items.forEach(i -> i.situations().forEach(s -> merged.putIfAbsent(s.id(), s)));
        return List.copyOf(merged.values());
    }
}
