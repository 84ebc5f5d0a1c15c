package org.yichuang.domain.catalogue;

import java.util.List;

/** A field of an item's application form; the key names its meaning so merged forms show it once. */
public record FormField(String key, String label, FieldType type, boolean required, Integer maxLength,
                        String pattern, List<String> options, PrefillSource prefill, FieldGroup group,
                        List<SituationChoice> requiredWhen) implements Conditional {
    public FormField {
        options = List.copyOf(options == null ? List.of() : options);
        requiredWhen = List.copyOf(requiredWhen == null ? List.of() : requiredWhen);
        group = group == null ? FieldGroup.BUSINESS : group;
    }
}
