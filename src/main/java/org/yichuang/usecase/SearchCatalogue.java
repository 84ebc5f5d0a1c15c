package org.yichuang.usecase;

import java.util.List;
import org.yichuang.domain.catalogue.BundleSummary;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.text.SearchText;
import org.yichuang.usecase.port.ServiceCatalogue;

/** Finds bundles and items together, bundles first: a 一件事 answers the applicant's whole need. Blocks. */
public final class SearchCatalogue {
    /** What one query found. */
    public record Hits(List<BundleSummary> bundles, List<ItemSummary> items, long totalItems) {
    }

    private final ServiceCatalogue platform;

    public SearchCatalogue(ServiceCatalogue platform) {
        this.platform = platform;
    }

    /** {@code query} as typed: it is folded here ({@link SearchText#query}), so any platform gets the plain spelling. */
    public Hits search(String query, int maxItems) {
        query = SearchText.query(query);
        var bundles = platform.searchBundles(query, 0, 20);
        var items = platform.searchItems(query, null, 0, maxItems);
        return new Hits(bundles.content(), items.content(), items.totalElements());
    }
}
