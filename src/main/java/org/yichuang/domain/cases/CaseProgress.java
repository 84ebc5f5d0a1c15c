package org.yichuang.domain.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What anyone holding a case number may see: the status timeline, and the applicant's masked name only. */
public record CaseProgress(String caseNumber, String subjectName, CaseStatus status, String applicantMasked,
                           OffsetDateTime acceptedAt, LocalDate promisedBy, List<StatusChange> timeline) {
    public CaseProgress {
        timeline = List.copyOf(timeline == null ? List.of() : timeline);
    }
}
