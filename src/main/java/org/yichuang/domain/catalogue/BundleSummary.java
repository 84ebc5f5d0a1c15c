package org.yichuang.domain.catalogue;

/** One line of a bundle search result. */
public record BundleSummary(String code, String name, Audience audience, String leadDepartment, int itemCount,
                            int promisedLimitDays) {
}
