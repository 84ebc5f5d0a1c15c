package org.yichuang.domain.cases;

import java.util.List;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.ServiceItem;

/** What is applied for: one service item, or a 一件事 bundle of items. */
public record Subject(SubjectType type, String code, String name, String description, int promisedLimitDays,
                    List<ServiceItem> items) {
    public Subject {
        items = List.copyOf(items);
    }

    public static Subject of(ServiceItem item) {
        return new Subject(SubjectType.ITEM, item.code(), item.name(), "", item.promisedLimitDays(), List.of(item));
    }

    public static Subject of(BundleGuide bundle) {
        return new Subject(SubjectType.BUNDLE, bundle.code(), bundle.name(), bundle.description(),
                bundle.promisedLimitDays(), bundle.items());
    }

    public boolean instant() {
        return items.stream().allMatch(i -> i.caseKind() == CaseKind.INSTANT);
    }

    /** The handling place and phone the receipt names: the first item's, which leads a bundle. */
    public ServiceItem lead() {
        return items.getFirst();
    }
}
