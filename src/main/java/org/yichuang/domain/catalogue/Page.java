package org.yichuang.domain.catalogue;

import java.util.List;

/** One page of a longer result. */
public record Page<T>(List<T> content, int page, int size, long totalElements) {
    public Page {
        content = List.copyOf(content == null ? List.of() : content);
    }
}
