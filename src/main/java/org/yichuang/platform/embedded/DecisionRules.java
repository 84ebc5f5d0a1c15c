package org.yichuang.platform.embedded;

import java.util.List;
import org.yichuang.domain.catalogue.RefusalGrounds;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.Regions;
import org.yichuang.domain.cases.Shortfall;
import org.yichuang.platform.Problem.FieldProblem;

/** The decision of a submission: complete, within bounds, a refusal on a ground the items have, a real region. */
final class DecisionRules {
    private static final int MAX_SHORTFALLS = 200;
    private static final int MAX_TEXT = 1000;

    private DecisionRules() {
    }

    static void check(CaseSubmission s, List<ServiceItem> items, List<FieldProblem> problems) {
        CaseDecision d = s.decision();
        if (!d.wellFormed()) {
            problems.add(new FieldProblem("decision", "a notification lists what is missing; a refusal names its ground"));
        }
        if (d.shortfalls().size() > MAX_SHORTFALLS || d.detail().length() > MAX_TEXT) {
            problems.add(new FieldProblem("decision", "too long"));
        }
        for (Shortfall f : d.shortfalls()) {
            if (f.subject().isBlank() || f.subject().length() > MAX_TEXT || f.reason().length() > MAX_TEXT) {
                problems.add(new FieldProblem("decision.shortfalls", "each names what is missing, in at most " + MAX_TEXT + " characters"));
                break;
            }
        }
        if (!d.ground().isEmpty() && !RefusalGrounds.of(items).contains(d.ground())) {
            problems.add(new FieldProblem("decision.ground", "not a ground this application may be refused on"));
        }
        String region = s.handlingRegion();
        if (!region.isEmpty()) {
            if (Regions.name(region).isEmpty()) {
                problems.add(new FieldProblem("handlingRegion", "not a province-level region code"));
            } else if (items.stream().noneMatch(ServiceItem::crossRegion)) {
                problems.add(new FieldProblem("handlingRegion", "no item of this application is handled across regions"));
            }
        }
    }
}
