package org.yichuang.domain.cases;

import java.util.List;
import org.yichuang.domain.catalogue.ServiceItem;

/**
 * 容缺受理 (domain.md): a case may be reviewed while a deferred material is outstanding, but its result is issued (办结)
 * only once every deferred material is in. Only a case whose every item is approved on commitment (告知承诺制) may
 * complete first; its materials are checked afterwards.
 */
public final class Completion {
    private Completion() {
    }

    /** Whether {@code materials} of a case of {@code items} allow it to complete now. */
    public static boolean mayComplete(List<CaseMaterial> materials, List<ServiceItem> items) {
        boolean onCommitment = !items.isEmpty() && items.stream().allMatch(ServiceItem::commitmentBased);
        return onCommitment || materials.stream().noneMatch(CaseMaterial::outstanding);
    }
}
