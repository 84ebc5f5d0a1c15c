package org.yichuang.domain.catalogue;

import java.util.List;

/** A bundle with the full guides of its component items. */
public record BundleGuide(String code, String name, Audience audience, String leadDepartment, String description,
                          int promisedLimitDays, List<String> keywords, List<ServiceItem> items) {
    public BundleGuide {
        keywords = List.copyOf(keywords == null ? List.of() : keywords);
        items = List.copyOf(items == null ? List.of() : items);
    }
}
