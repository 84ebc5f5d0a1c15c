package org.yichuang.domain.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.applicant.CardHolder;

/**
 * An application at the window, ready for a decision. The idempotency key is fixed when the acceptance starts, so
 * a submission retried after a timeout, or sent later from the outbox, can never open a second case.
 */
public record CaseDraft(String idempotencyKey, SubjectType subjectType, String subjectCode, CardHolder applicant,
                        CardHolder agent, String phone, Map<String, String> formData, List<MaterialProvision> materials,
                        String handlingRegion) {
    public CaseDraft {
        formData = Map.copyOf(formData);
        materials = List.copyOf(materials);
        handlingRegion = handlingRegion == null ? "" : handlingRegion;
    }

    public CaseSubmission toSubmission(CaseDecision decision, Channel channel, String clerk, String window,
                                       OffsetDateTime decidedAt) {
        Principal principal = new Principal(applicant.name(), applicant.documentType(), applicant.idNumber(),
                applicant.sex(), applicant.nation(), applicant.birthDate(), applicant.address(), phone);
        Agent recordedAgent = agent == null ? null
                : new Agent(agent.name(), agent.documentType(), agent.idNumber(), "");
        return new CaseSubmission(subjectType, subjectCode, principal, recordedAgent, formData, materials, decision,
                channel, clerk, window, handlingRegion, decidedAt);
    }
}
