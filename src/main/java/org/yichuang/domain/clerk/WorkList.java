package org.yichuang.domain.clerk;

import java.util.List;
import org.yichuang.domain.cases.CaseSummary;

/** My work (我的办件): the clerk's cases of a day and every deferred material of theirs still outstanding. */
public record WorkList(List<CaseSummary> cases, List<PendingMaterial> pending) {
    public WorkList {
        cases = List.copyOf(cases == null ? List.of() : cases);
        pending = List.copyOf(pending == null ? List.of() : pending);
    }
}
