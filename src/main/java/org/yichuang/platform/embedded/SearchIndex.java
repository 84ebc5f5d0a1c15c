package org.yichuang.platform.embedded;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yichuang.domain.text.SearchText;

/**
 * Finds catalogue entries by name, code, keywords, full pinyin and pinyin initials, best match first:
 * exact code or name, then names starting with the query, then names containing it, then pinyin, then keywords;
 * entries of one level in catalogue order. Postings of characters, character pairs and first characters pick the
 * entries that can match and, for short queries, decide alone, so a keystroke touches only its candidates (ADR 0017).
 */
final class SearchIndex<T> {
    private final List<T> values = new ArrayList<>();
    private final List<SearchEntry> entries = new ArrayList<>();
    private final Map<String, int[]> equal = new HashMap<>();
    private final GramIndex namesAndCodes;
    private final GramIndex keywords;
    private final GramIndex spellings;
    private final PrefixIndex nameStarts;
    private final PrefixIndex keyStarts;

    SearchIndex(List<T> values, Function<T, String> code, Function<T, String> name, Function<T, List<String>> keywords) {
        var namesAndCodes = new GramIndex.Builder();
        var words = new GramIndex.Builder();
        var spellings = new GramIndex.Builder();
        var nameStarts = new PrefixIndex.Builder();
        var keyStarts = new PrefixIndex.Builder();
        Map<String, GramIndex.Postings> equal = new HashMap<>();
        for (T value : values) {
            int id = entries.size();
            Set<String> pinyin = new LinkedHashSet<>();
            PinyinKeys.of(name.apply(value)).forEach(p -> pinyin.add(SearchText.pinyin(p)));
            keywords.apply(value).forEach(k -> PinyinKeys.of(k).forEach(p -> pinyin.add(SearchText.pinyin(p))));
            SearchEntry e = new SearchEntry(SearchText.query(code.apply(value)), name.apply(value),
                    keywords.apply(value).toArray(String[]::new), pinyin.stream().sorted().toArray(String[]::new),
                    SearchEntry.SEP + String.join(String.valueOf(SearchEntry.SEP), pinyin));
            for (String text : new LinkedHashSet<>(List.of(e.code(), e.name()))) {
                namesAndCodes.add(id, text);
                equal.computeIfAbsent(text, k -> new GramIndex.Postings()).add(id);
            }
            nameStarts.add(id, e.name());
            for (String k : e.keywords()) {
                words.add(id, k);
            }
            for (String p : e.pinyin()) {
                spellings.add(id, p);
                keyStarts.add(id, p);
            }
            this.values.add(value);
            entries.add(e);
        }
        equal.forEach((k, v) -> this.equal.put(k, v.toArray()));
        this.namesAndCodes = namesAndCodes.build();
        this.keywords = words.build();
        this.spellings = spellings.build();
        this.nameStarts = nameStarts.build();
        this.keyStarts = keyStarts.build();
    }

    List<T> search(String query) {
        String q = SearchText.query(query);
        String spelled = SearchText.pinyin(query);
        if (q.isEmpty()) {
            return values;
        }
        int[] named = namesAndCodes.candidates(q);
        int[] worded = keywords.candidates(q);
        int[] sounded = spellings.candidates(spelled);
        int[] ids = GramIndex.union(GramIndex.union(named, worded), sounded);
        var match = new SearchEntry.Match(q, spelled, new Cursor(named), new Cursor(worded), new Cursor(sounded),
                new Cursor(equal.getOrDefault(q, GramIndex.NONE)), new Cursor(nameStarts.candidates(q)),
                new Cursor(keyStarts.candidates(spelled)));
        byte[] levels = new byte[ids.length];
        int[] counts = new int[SearchEntry.LEVELS + 1];
        for (int i = 0; i < ids.length; i++) {
            levels[i] = (byte) match.level(ids[i], entries);
            counts[levels[i]]++;
        }
        int[] starts = new int[SearchEntry.LEVELS + 1];
        for (int level = 1; level <= SearchEntry.LEVELS; level++) {
            starts[level] = starts[level - 1] + counts[level - 1];
        }
        int[] order = new int[ids.length - counts[SearchEntry.LEVELS]];
        for (int i = 0; i < ids.length; i++) {
            if (levels[i] < SearchEntry.LEVELS) {
                order[starts[levels[i]]++] = ids[i];
            }
        }
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                return values.get(order[index]);
            }

            @Override
            public int size() {
                return order.length;
            }
        };
    }
}
