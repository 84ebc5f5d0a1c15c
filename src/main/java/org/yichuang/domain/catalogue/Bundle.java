package org.yichuang.domain.catalogue;

import java.util.List;

/** A 一件事 bundle as the catalogue holds it: its component items by code. */
public record Bundle(String code, String name, Audience audience, String leadDepartment, String description,
                     List<String> itemCodes, int promisedLimitDays, List<String> keywords) {
    public Bundle {
        itemCodes = List.copyOf(itemCodes == null ? List.of() : itemCodes);
        keywords = List.copyOf(keywords == null ? List.of() : keywords);
        description = description == null ? "" : description;
    }

    public BundleSummary summary() {
        return new BundleSummary(code, name, audience, leadDepartment, itemCodes.size(), promisedLimitDays);
    }
}
