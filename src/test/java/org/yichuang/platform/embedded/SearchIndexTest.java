package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.text.SearchText;

/**
 * The index finds what scanning every entry found, in the same order (ADR 0017): the scan it replaced is kept here as
 * the reference, and both answer thousands of queries cut from names, codes, keywords and pinyin, seeded.
 */
class SearchIndexTest {
    record Row(String code, String name, List<String> keywords) {
    }

    private static final String[] COUNTIES = {"长安区", "城关区", "重庆路街道", "乐都区", "行唐县", "蚌埠", "单县", "朝阳区"};
    private static final String[] VARIANTS = {"", "（变更）", "（补办）", "（注销）", "（跨省通办）"};

    /** The seeded items, then each again under a county name and a variant: more names with several readings. */
    private static List<Row> rows() {
        var catalogue = CatalogueLoader.fromClassPath();
        List<Row> rows = new ArrayList<>();
        for (ItemSummary s : catalogue.searchItems("", null, 0, 10_000).content()) {
            rows.add(new Row(s.code(), s.name(), catalogue.item(s.code()).orElseThrow().keywords()));
        }
        Random random = new Random(17);
        for (int i = 0, n = rows.size(); i < 1500; i++) {
            Row seed = rows.get(random.nextInt(n));
            String county = COUNTIES[random.nextInt(COUNTIES.length)];
            rows.add(new Row(seed.code().split("-")[0] + "-" + (5000 + i), county + seed.name()
                    + VARIANTS[random.nextInt(VARIANTS.length)], List.of(county, seed.keywords().isEmpty() ? "" : seed.keywords().getFirst())));
        }
        return rows;
    }

    @Test
    void findsWhatTheScanFoundInTheSameOrder() {
        List<Row> rows = rows();
        var index = new SearchIndex<>(rows, Row::code, Row::name, Row::keywords);
        List<Set<String>> pinyin = rows.stream().map(SearchIndexTest::pinyin).toList();
        Random random = new Random(2026);
        for (String query : queries(rows, random)) {
            assertThat(index.search(query)).as(query).containsExactlyElementsOf(scan(rows, pinyin, query));
        }
    }

    private static List<String> queries(List<Row> rows, Random random) {
        List<String> queries = new ArrayList<>(List.of("", "x", "G", "GA-", "ga-30", "FALU", "ｆａｌｕ", "fa'lv", "lü", "nv", "hang", "zhang", "chong"));
        for (int i = 0; i < 2000; i++) {
            Row row = rows.get(random.nextInt(rows.size()));
            List<String> keys = new ArrayList<>(PinyinKeys.of(row.name()));
            String text = switch (i % 5) {
                case 0 -> row.name();
                case 1 -> row.code();
                case 2, 3 -> keys.get(random.nextInt(keys.size()));
                default -> String.join("", row.keywords()) + "abcdefghijklmnopqrstuvwxyz";
            };
            int from = i % 2 == 0 ? 0 : random.nextInt(text.length());
            queries.add(text.substring(from, from + 1 + random.nextInt(Math.min(8, text.length() - from))));
        }
        return queries;
    }

    /** The scan this index replaced, verbatim in meaning: every entry scored, best first, then catalogue order. */
    private static List<Row> scan(List<Row> rows, List<Set<String>> spellings, String query) {
        String q = SearchText.query(query);
        String spelled = SearchText.pinyin(query);
        if (q.isEmpty()) {
            return rows;
        }
        record Hit(Row row, int score, int order) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row e = rows.get(i);
            Set<String> pinyin = spellings.get(i);
            String code = SearchText.query(e.code());
            int score = code.equals(q) || e.name().equals(q) ? 100 : e.name().startsWith(q) ? 80
                    : e.name().contains(q) || code.contains(q) ? 60
                    : !spelled.isEmpty() && pinyin.stream().anyMatch(p -> p.startsWith(spelled)) ? 50
                    : !spelled.isEmpty() && pinyin.stream().anyMatch(p -> p.contains(spelled)) ? 40
                    : e.keywords().stream().anyMatch(k -> k.contains(q)) ? 30 : 0;
            if (score > 0) {
                hits.add(new Hit(e, score, i));
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> -h.score()).thenComparingInt(Hit::order));
        return hits.stream().map(Hit::row).toList();
    }

    private static Set<String> pinyin(Row e) {
        Set<String> pinyin = new LinkedHashSet<>();
        PinyinKeys.of(e.name()).forEach(p -> pinyin.add(SearchText.pinyin(p)));
        e.keywords().forEach(k -> PinyinKeys.of(k).forEach(p -> pinyin.add(SearchText.pinyin(p))));
        return pinyin;
    }
}
