package org.yichuang.domain.cases;

import java.util.List;
import java.util.Map;

/** What the window or kiosk sends to open a case. */
public record CaseSubmission(SubjectType subjectType, String subjectCode, CaseApplicant applicant,
                             Map<String, String> formData, List<MaterialProvision> materials, Channel channel,
                             String window) {
    public CaseSubmission {
        formData = formData == null ? Map.of() : Map.copyOf(formData);
        materials = List.copyOf(materials == null ? List.of() : materials);
    }
}
