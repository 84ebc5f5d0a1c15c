package org.yichuang.domain.cases;

/**
 * The life of an application: 受理 → 审查 → 办结; or closed at the window by a one-time notification (一次性告知)
 * or a refusal (不予受理).
 */
public enum CaseStatus {
    ACCEPTED, UNDER_REVIEW, COMPLETED, NOTIFIED, REFUSED;

    /** The status after this one, or this one when nothing follows. */
    public CaseStatus next() {
        return switch (this) {
            case ACCEPTED -> UNDER_REVIEW;
            case UNDER_REVIEW, COMPLETED -> COMPLETED;
            case NOTIFIED, REFUSED -> this;
        };
    }

    public static CaseStatus after(Decision decision) {
        return switch (decision) {
            case ACCEPT -> ACCEPTED;
            case NOTIFY -> NOTIFIED;
            case REFUSE -> REFUSED;
        };
    }
}
