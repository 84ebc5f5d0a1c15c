package org.yichuang.platform.embedded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.yichuang.domain.text.SearchText;

/**
 * Finds catalogue entries by name, code, keywords, full pinyin and pinyin initials, best match first:
 * exact code or name, then names starting with the query, then names containing it, then pinyin, then keywords.
 */
final class SearchIndex<T> {
    private record Entry<T>(T value, String code, String name, List<String> keywords, Set<String> pinyin, int order) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();

    SearchIndex(List<T> values, Function<T, String> code, Function<T, String> name, Function<T, List<String>> keywords) {
        for (T value : values) {
            Set<String> pinyin = new java.util.LinkedHashSet<>();
            PinyinKeys.of(name.apply(value)).forEach(p -> pinyin.add(SearchText.pinyin(p)));
            keywords.apply(value).forEach(k -> PinyinKeys.of(k).forEach(p -> pinyin.add(SearchText.pinyin(p))));
            entries.add(new Entry<>(value, SearchText.query(code.apply(value)), name.apply(value),
                    keywords.apply(value), pinyin, entries.size()));
        }
    }

    List<T> search(String query) {
        String q = SearchText.query(query);
        String spelled = SearchText.pinyin(query);
        if (q.isEmpty()) {
            return entries.stream().map(Entry::value).toList();
        }
        record Hit<T>(T value, int score, int order) {
        }
        List<Hit<T>> hits = new ArrayList<>();
        for (Entry<T> e : entries) {
            int score = score(e, q, spelled);
            if (score > 0) {
                hits.add(new Hit<>(e.value(), score, e.order()));
            }
        }
        hits.sort(Comparator.comparingInt((Hit<T> h) -> -h.score()).thenComparingInt(Hit::order));
        return hits.stream().map(Hit::value).toList();
    }

    private static int score(Entry<?> e, String q, String spelled) {
        if (e.code().equals(q) || e.name().equals(q)) {
            return 100;
        }
        if (e.name().startsWith(q)) {
            return 80;
        }
        if (e.name().contains(q) || e.code().contains(q)) {
            return 60;
        }
        if (!spelled.isEmpty() && e.pinyin().stream().anyMatch(p -> p.startsWith(spelled))) {
            return 50;
        }
        if (!spelled.isEmpty() && e.pinyin().stream().anyMatch(p -> p.contains(spelled))) {
            return 40;
        }
        if (e.keywords().stream().anyMatch(k -> k.contains(q))) {
            return 30;
        }
        return 0;
    }
}
