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

    /**
     * The same case with every instant expressed in {@code zone} (the hall's), whatever offset the platform wrote:
     * dates and times are shown and printed from the local fields, so they must be the hall's.
     */
    public CaseRecord atZone(java.time.ZoneId zone) {
        return new CaseRecord(caseNumber, subjectType, subjectCode, subjectName, status, applicant, agent, formData,
                materials, decision, channel, window, clerk, acceptingRegion, handlingRegion,
                acceptedAt == null ? null : acceptedAt.atZoneSameInstant(zone).toOffsetDateTime(), promisedBy,
                timeline.stream().map(t -> new StatusChange(t.status(),
                        t.at() == null ? null : t.at().atZoneSameInstant(zone).toOffsetDateTime(), t.note())).toList());
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
