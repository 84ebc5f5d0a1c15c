package org.yichuang.domain.catalogue;

import java.util.List;

/**
 * A field of an item's application form; the key names its meaning so merged forms show it once. {@code dates}: where
 * a DATE field's value may lie ({@link DateRule#NONE} for other fields and when the catalogue says nothing).
 */
public record FormField(String key, String label, FieldType type, boolean required, Integer maxLength,
                        String pattern, List<String> options, PrefillSource prefill, FieldGroup group,
                        List<SituationChoice> requiredWhen, DateRule dates) implements Conditional {
    public FormField {
        options = List.copyOf(options == null ? List.of() : options);
        requiredWhen = List.copyOf(requiredWhen == null ? List.of() : requiredWhen);
        group = group == null ? FieldGroup.BUSINESS : group;
        dates = dates == null ? DateRule.NONE : dates;
    }

    /** A field without date rules. */
    public FormField(String key, String label, FieldType type, boolean required, Integer maxLength, String pattern,
                     List<String> options, PrefillSource prefill, FieldGroup group, List<SituationChoice> requiredWhen) {
        this(key, label, type, required, maxLength, pattern, options, prefill, group, requiredWhen, DateRule.NONE);
    }
}
