package org.yichuang.ui.clerk;

import org.yichuang.domain.cases.SubjectType;

/** One line of the search result: a bundle or an item, enough to open its guide. */
public record CatalogueHit(SubjectType type, String code, String name, String detail) {
}
