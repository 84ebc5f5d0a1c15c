package org.yichuang.domain.cases;

import java.util.ArrayList;
import java.util.List;

/** The documents the window hands out, and which of them a recorded case calls for. */
public enum DocumentKind {
    RECEIPT, NOTIFICATION, COMMITMENT, REFUSAL, TRANSFER;

    /**
     * Accepted: the receipt; the commitment letter (告知承诺书) when a material is deferred or an item is
     * commitment-based; the transfer sheet (材料流转单) when accepted for another region. Otherwise the letter
     * of the decision.
     */
    public static List<DocumentKind> forRecord(CaseRecord record, boolean commitmentBased) {
        return switch (record.decision().decision()) {
            case NOTIFY -> List.of(NOTIFICATION);
            case REFUSE -> List.of(REFUSAL);
            case ACCEPT -> {
                List<DocumentKind> kinds = new ArrayList<>(List.of(RECEIPT));
                if (commitmentBased || !record.deferred().isEmpty()) {
                    kinds.add(COMMITMENT);
                }
                if (record.crossRegion()) {
                    kinds.add(TRANSFER);
                }
                yield List.copyOf(kinds);
            }
        };
    }
}
