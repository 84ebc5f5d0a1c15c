package org.yichuang.domain.cases;

import java.util.List;
import java.util.Map;
import org.yichuang.domain.applicant.Applicant;

/**
 * An acceptance in progress at the window. The idempotency key is fixed when the draft is made, so a
 * submission retried after a timeout can never open a second case.
 */
public record CaseDraft(String idempotencyKey, SubjectType subjectType, String subjectCode, Applicant applicant,
                        String phone, Map<String, String> formData, List<MaterialProvision> materials) {
    public CaseDraft {
        formData = Map.copyOf(formData);
        materials = List.copyOf(materials);
    }

    public CaseSubmission toSubmission(Channel channel, String window) {
        CaseApplicant recorded = new CaseApplicant(applicant.name(), applicant.documentType(), applicant.idNumber(),
                applicant.sex(), applicant.nation(), applicant.birthDate(), applicant.address(), phone);
        return new CaseSubmission(subjectType, subjectCode, recorded, formData, materials, channel, window);
    }
}
