package org.yichuang.domain.catalogue;

import java.util.List;
import java.util.Set;

/** Something that applies always, or only when one of its situation choices was made. */
public interface Conditional {
    List<SituationChoice> requiredWhen();

    default boolean appliesTo(Set<SituationChoice> answers) {
        return requiredWhen().isEmpty() || requiredWhen().stream().anyMatch(answers::contains);
    }
}
