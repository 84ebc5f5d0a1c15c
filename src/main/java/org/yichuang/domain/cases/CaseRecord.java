package org.yichuang.domain.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A case (办件) as the platform holds it. {@code acceptedAt} is when the window decided; {@code promisedBy} is
 * null unless accepted. Regions are province-level codes; the handling region equals the accepting one unless
 * the case was accepted for another region (跨域通办).
 */
public record CaseRecord(String caseNumber, SubjectType subjectType, String subjectCode, String subjectName,
                         CaseStatus status, Principal applicant, Agent agent, Map<String, String> formData,
                         List<CaseMaterial> materials, CaseDecision decision, Channel channel, String window,
                         String clerk, String acceptingRegion, String handlingRegion, OffsetDateTime acceptedAt,
                         LocalDate promisedBy, List<StatusChange> timeline) {
    public CaseRecord {
        formData = formData == null ? Map.of() : Map.copyOf(formData);
        materials = List.copyOf(materials == null ? List.of() : materials);
        timeline = List.copyOf(timeline == null ? List.of() : timeline);
        decision = decision == null ? CaseDecision.accept() : decision;
        acceptingRegion = acceptingRegion == null ? "" : acceptingRegion;
        handlingRegion = handlingRegion == null || handlingRegion.isBlank() ? acceptingRegion : handlingRegion;
    }

    public CaseSummary summary() {
        String who = applicant == null ? "" : org.yichuang.domain.applicant.Masking.name(applicant.name()) + " "
                + org.yichuang.domain.applicant.Masking.idNumber(applicant.idNumber());
        return new CaseSummary(caseNumber, subjectName, status, acceptedAt, promisedBy, who.strip());
    }

    public boolean crossRegion() {
        return !handlingRegion.equals(acceptingRegion);
    }

    public List<CaseMaterial> deferred() {
        return materials.stream().filter(m -> m.provision() == Provision.DEFERRED).toList();
    }
}
