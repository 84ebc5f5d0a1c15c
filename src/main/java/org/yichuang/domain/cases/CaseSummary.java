package org.yichuang.domain.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of an applicant's list of cases. */
public record CaseSummary(String caseNumber, String subjectName, CaseStatus status, OffsetDateTime acceptedAt,
                          LocalDate promisedBy) {
}
