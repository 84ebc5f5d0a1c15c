package org.yichuang.platform.embedded;

import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yichuang.domain.catalogue.Audience;
import org.yichuang.domain.catalogue.Bundle;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.BundleSummary;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.Page;
import org.yichuang.domain.catalogue.ServiceItem;

/** The seeded service catalogue: read-only reference data held in memory, searched by {@link SearchIndex}. */
public final class Catalogue {
    private final Map<String, ServiceItem> items = new LinkedHashMap<>();
    private final Map<String, Bundle> bundles = new LinkedHashMap<>();
    private final SearchIndex<ServiceItem> itemIndex;
    private final SearchIndex<Bundle> bundleIndex;

    Catalogue(List<ServiceItem> items, List<Bundle> bundles) {
        items.forEach(i -> this.items.put(i.code(), i));
        bundles.forEach(b -> this.bundles.put(b.code(), b));
        List<String> problems = CatalogueChecks.problems(this.items, this.bundles);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("catalogue is inconsistent:\n  " + String.join("\n  ", problems));
        }
        Map<String, List<String>> fromBundles = new HashMap<>(); // a bundle's common names find its items too
        bundles.forEach(b -> b.itemCodes().forEach(code -> fromBundles.computeIfAbsent(code, k -> new ArrayList<>())
                .addAll(b.keywords())));
        this.itemIndex = new SearchIndex<>(items, ServiceItem::code, ServiceItem::name, i -> {
            List<String> all = new ArrayList<>(i.keywords());
            fromBundles.getOrDefault(i.code(), List.of()).stream().filter(k -> !all.contains(k)).forEach(all::add);
            return all;
        });
        this.bundleIndex = new SearchIndex<>(bundles, Bundle::code, Bundle::name, Bundle::keywords);
    }

    public Page<ItemSummary> searchItems(String query, Audience audience, int page, int size) {
        List<ServiceItem> found = itemIndex.search(query);
        if (audience != null) {
            found = found.stream().filter(i -> i.audience().admits(audience)).toList();
        }
        return page(found, page, size, ServiceItem::summary);
    }

    public Page<BundleSummary> searchBundles(String query, int page, int size) {
        return page(bundleIndex.search(query), page, size, Bundle::summary);
    }

    public Optional<ServiceItem> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    public Optional<BundleGuide> bundle(String code) {
        return Optional.ofNullable(bundles.get(code)).map(b -> new BundleGuide(b.code(), b.name(), b.audience(),
                b.leadDepartment(), b.description(), b.promisedLimitDays(), b.keywords(),
                b.itemCodes().stream().map(items::get).toList()));
    }

    public int itemCount() {
        return items.size();
    }

    public int bundleCount() {
        return bundles.size();
    }

    /** One page of {@code all}; only the entries on it are turned into summaries. */
    private static <S, T> Page<T> page(List<S> all, int page, int size, Function<S, T> summary) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = (int) Math.min((long) from + size, all.size());
        return new Page<>(all.subList(from, to).stream().map(summary).toList(), page, size, all.size());
    }
}
