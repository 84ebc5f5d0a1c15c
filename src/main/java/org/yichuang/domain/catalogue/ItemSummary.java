package org.yichuang.domain.catalogue;

/** One line of an item search result. */
public record ItemSummary(String code, String name, String department, ItemType type, Audience audience,
                          CaseKind caseKind, int promisedLimitDays, boolean crossRegion) {
}
