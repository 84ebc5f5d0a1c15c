package org.yichuang.domain.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the window or kiosk sends to record an application: one case for the item or the whole bundle, with the
 * decision taken, who took it where, and when (a case kept in the outbox is sent later with its own time).
 * {@code agent} is null when the applicant came in person; {@code handlingRegion} is blank unless the case is
 * accepted here for another region (跨域通办).
 */
public record CaseSubmission(SubjectType subjectType, String subjectCode, Principal applicant, Agent agent,
                             Map<String, String> formData, List<MaterialProvision> materials, CaseDecision decision,
                             Channel channel, String clerk, String window, String handlingRegion,
                             OffsetDateTime decidedAt) {
    public CaseSubmission {
        formData = formData == null ? Map.of() : Map.copyOf(formData);
        materials = List.copyOf(materials == null ? List.of() : materials);
        decision = decision == null ? CaseDecision.accept() : decision;
        handlingRegion = handlingRegion == null ? "" : handlingRegion;
    }
}
