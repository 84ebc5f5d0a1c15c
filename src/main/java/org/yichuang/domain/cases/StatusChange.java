package org.yichuang.domain.cases;

import java.time.OffsetDateTime;

/** One step of a case's status timeline. */
public record StatusChange(CaseStatus status, OffsetDateTime at, String note) {
}
