package org.yichuang.domain.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of a list of cases (an applicant's, a clerk's day). {@code applicant}: who the case is for, masked
 * ("李* 6101**********4523"), so that a list on screen names nobody in full; empty when unknown.
 */
public record CaseSummary(String caseNumber, String subjectName, CaseStatus status, OffsetDateTime acceptedAt,
                          LocalDate promisedBy, String applicant) {
    public CaseSummary {
        applicant = applicant == null ? "" : applicant;
    }

    /** A line without the applicant. */
    public CaseSummary(String caseNumber, String subjectName, CaseStatus status, OffsetDateTime acceptedAt,
                       LocalDate promisedBy) {
        this(caseNumber, subjectName, status, acceptedAt, promisedBy, "");
    }
}
