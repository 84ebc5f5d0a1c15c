package org.yichuang.domain.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A case (办件) as the platform holds it. */
public record CaseRecord(String caseNumber, SubjectType subjectType, String subjectCode, String subjectName,
                         CaseStatus status, CaseApplicant applicant, Map<String, String> formData,
                         List<CaseMaterial> materials, Channel channel, String window, String clerk,
                         OffsetDateTime acceptedAt, LocalDate promisedBy, List<StatusChange> timeline) {
    public CaseRecord {
        formData = formData == null ? Map.of() : Map.copyOf(formData);
        materials = List.copyOf(materials == null ? List.of() : materials);
        timeline = List.copyOf(timeline == null ? List.of() : timeline);
    }

    public CaseSummary summary() {
        return new CaseSummary(caseNumber, subjectName, status, acceptedAt, promisedBy);
    }
}
