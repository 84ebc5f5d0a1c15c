package org.yichuang.domain.cases;

/** The life of a case (办件) after acceptance: 受理 → 审查 → 办结. */
public enum CaseStatus {
    ACCEPTED, UNDER_REVIEW, COMPLETED;

    /** The status after this one, or this one when the case is complete. */
    public CaseStatus next() {
        return this == COMPLETED ? COMPLETED : values()[ordinal() + 1];
    }
}
