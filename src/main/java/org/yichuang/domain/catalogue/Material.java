package org.yichuang.domain.catalogue;

import java.util.List;

/** A material (申请材料) of an item's guide. */
public record Material(String id, String name, MaterialForm form, int copies, String source,
                       String elicenceType, boolean deferrable, List<SituationChoice> requiredWhen,
                       String note) implements Conditional {
    public Material {
        requiredWhen = List.copyOf(requiredWhen == null ? List.of() : requiredWhen);
        note = note == null ? "" : note;
        source = source == null ? "" : source;
    }
}
