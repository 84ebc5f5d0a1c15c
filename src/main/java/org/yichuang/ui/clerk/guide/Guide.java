package org.yichuang.ui.clerk.guide;

import java.util.List;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.Handling;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.SubjectType;

/** What the clerk accepts: one item, or a bundle of items, with their guides. */
public record Guide(SubjectType type, String code, String name, String description, int promisedLimitDays,
                    List<ServiceItem> items) {
    public Guide {
        items = List.copyOf(items);
    }

    public static Guide of(ServiceItem item) {
        return new Guide(SubjectType.ITEM, item.code(), item.name(), "", item.promisedLimitDays(), List.of(item));
    }

    public static Guide of(BundleGuide bundle) {
        return new Guide(SubjectType.BUNDLE, bundle.code(), bundle.name(), bundle.description(),
                bundle.promisedLimitDays(), bundle.items());
    }

    public boolean instant() {
        return items.stream().allMatch(i -> i.handling() == Handling.INSTANT);
    }

    /** The handling place and phone the receipt names: the first item's, which leads a bundle. */
    public ServiceItem lead() {
        return items.getFirst();
    }
}
