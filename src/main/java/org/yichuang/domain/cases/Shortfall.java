package org.yichuang.domain.cases;

/** One thing a one-time notification lists: what is missing or wrong, and why it is needed. */
public record Shortfall(String subject, String reason) {
    public Shortfall {
        subject = subject == null ? "" : subject;
        reason = reason == null ? "" : reason;
    }
}
