package org.yichuang.domain.evaluation;

import java.util.EnumSet;
import java.util.Set;
import org.yichuang.domain.cases.Channel;

/** An applicant's rating of one service (好差评). A bad rating names its indicators and a reason. */
public record Evaluation(String caseNumber, Rating rating, Set<Indicator> indicators, String reason, Channel channel) {
    public Evaluation {
        indicators = indicators == null || indicators.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(indicators));
        reason = reason == null ? "" : reason.strip();
    }

    /** Whether the platform will take it: a bad rating without a reason and an indicator is not complete. */
    public boolean complete() {
        return rating != null && (!rating.bad() || (!reason.isEmpty() && !indicators.isEmpty()));
    }
}
