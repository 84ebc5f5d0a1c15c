package org.yichuang.domain.catalogue;

import java.util.List;

/** A situation question (情形) whose answer decides which materials and fields apply. */
public record Situation(String id, String question, List<SituationOption> options) {
    public Situation {
        options = List.copyOf(options == null ? List.of() : options);
    }

    public boolean hasOption(String optionId) {
        return options.stream().anyMatch(o -> o.id().equals(optionId));
    }
}
