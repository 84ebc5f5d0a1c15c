package org.yichuang.domain.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.applicant.Applicant;

/**
 * An application at the window, ready for a decision. The idempotency key is fixed when the acceptance starts, so
 * a submission retried after a timeout, or sent later from the outbox, can never open a second case.
 */
public record CaseDraft(String idempotencyKey, SubjectType subjectType, String subjectCode, Applicant applicant,
                        Applicant agent, String phone, Map<String, String> formData, List<MaterialProvision> materials,
                        String handlingRegion) {
    public CaseDraft {
        formData = Map.copyOf(formData);
        materials = List.copyOf(materials);
        handlingRegion = handlingRegion == null ? "" : handlingRegion;
    }

    public CaseSubmission toSubmission(CaseDecision decision, Channel channel, String clerk, String window,
                                       OffsetDateTime decidedAt) {
        return new CaseSubmission(subjectType, subjectCode, recorded(applicant, phone), agent == null ? null : recorded(agent, ""),
                formData, materials, decision, channel, clerk, window, handlingRegion, decidedAt);
    }

    private static CaseApplicant recorded(Applicant a, String phone) {
        return new CaseApplicant(a.name(), a.documentType(), a.idNumber(), a.sex(), a.nation(), a.birthDate(),
                a.address(), phone);
    }
}
