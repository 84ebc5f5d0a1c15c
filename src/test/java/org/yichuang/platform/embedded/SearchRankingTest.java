package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yichuang.domain.catalogue.Audience;
import org.yichuang.domain.catalogue.BundleSummary;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.Page;

/**
 * The seeded catalogue ranks every query as recorded: first from the scanning index before it was rebuilt for large catalogues
 * (ADR 0017), then again when bundles lent their keywords to their items (issue 10); each query's full result, in order.
 */
class SearchRankingTest {
    private static final Catalogue CATALOGUE = CatalogueLoader.fromClassPath();

    record Case(String kind, String query, List<String> codes) {
        @Override
        public String toString() {
            return kind + " '" + query + "'";
        }
    }

    static Stream<Case> recorded() throws IOException {
        try (InputStream in = SearchRankingTest.class.getResourceAsStream("/catalogue-search/ranking.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .map(f -> new Case(f[0], f[1], f[2].isEmpty() ? List.of() : List.of(f[2].split(","))))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void ranksAsBefore(Case c) {
        assertThat(search(c, 0, 10_000).content()).containsExactlyElementsOf(c.codes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void pagesThroughTheSameOrder(Case c) {
        List<String> paged = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<String> p = search(c, page, 7);
            assertThat(p.totalElements()).isEqualTo(c.codes().size());
            if (p.content().isEmpty()) {
                break;
            }
            paged.addAll(p.content());
        }
        assertThat(paged).containsExactlyElementsOf(c.codes());
    }

    private static Page<String> search(Case c, int page, int size) {
        if (c.kind().equals("bundles")) {
            Page<BundleSummary> p = CATALOGUE.searchBundles(c.query(), page, size);
            return new Page<>(p.content().stream().map(BundleSummary::code).toList(), p.page(), p.size(), p.totalElements());
        }
        Audience audience = c.kind().startsWith("items:") ? Audience.valueOf(c.kind().substring(6)) : null;
        Page<ItemSummary> p = CATALOGUE.searchItems(c.query(), audience, page, size);
        return new Page<>(p.content().stream().map(ItemSummary::code).toList(), p.page(), p.size(), p.totalElements());
    }
}
