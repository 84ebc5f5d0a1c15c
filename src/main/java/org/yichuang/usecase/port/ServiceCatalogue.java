package org.yichuang.usecase.port;

import org.yichuang.domain.catalogue.Audience;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.BundleSummary;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.Page;
import org.yichuang.domain.catalogue.ServiceItem;

/** The public service catalogue: items and 一件事 bundles (contract: /catalogue). Throws {@link PlatformException}. */
public interface ServiceCatalogue {
    Page<ItemSummary> searchItems(String query, Audience audience, int page, int size);

    ServiceItem item(String code);

    Page<BundleSummary> searchBundles(String query, int page, int size);

    BundleGuide bundle(String code);
}
