package org.yichuang.domain.cases;

import java.util.List;

/**
 * The window's decision on an application. A notification lists every shortfall at once; a refusal names one
 * ground from the items' grounds and the clerk's own words.
 */
public record CaseDecision(Decision decision, List<Shortfall> shortfalls, String ground, String detail) {
    public CaseDecision {
        shortfalls = List.copyOf(shortfalls == null ? List.of() : shortfalls);
        ground = ground == null ? "" : ground;
        detail = detail == null ? "" : detail;
    }

    public static CaseDecision accept() {
        return new CaseDecision(Decision.ACCEPT, List.of(), "", "");
    }

    public static CaseDecision notify(List<Shortfall> shortfalls) {
        return new CaseDecision(Decision.NOTIFY, shortfalls, "", "");
    }

    public static CaseDecision refuse(String ground, String detail) {
        return new CaseDecision(Decision.REFUSE, List.of(), ground, detail);
    }

    /** Whether the decision is complete: a notification lists something, a refusal names its ground. */
    public boolean wellFormed() {
        return switch (decision) {
            case ACCEPT -> shortfalls.isEmpty();
            case NOTIFY -> !shortfalls.isEmpty();
            case REFUSE -> !ground.isBlank();
        };
    }
}
