package org.yichuang.domain.clerk;

import java.time.LocalDate;

/** A deferred material (容缺) of one of the clerk's cases that has not been supplied yet. */
public record PendingMaterial(String caseNumber, String subjectName, String materialId, String materialName,
                              LocalDate dueDate, String applicantMasked) {
    public boolean overdueOn(LocalDate day) {
        return dueDate != null && dueDate.isBefore(day);
    }
}
