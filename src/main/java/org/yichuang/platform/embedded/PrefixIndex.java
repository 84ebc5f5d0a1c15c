package org.yichuang.platform.embedded;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which entries hold a text starting with a given string: postings of each text's first one to {@value #DEPTH}
 * characters, entry ids ascending. Exact for a string of up to {@value #DEPTH} characters, a superset beyond.
 */
final class PrefixIndex {
    static final int DEPTH = 4;
    private final Map<String, int[]> postings;

    private PrefixIndex(Map<String, int[]> postings) {
        this.postings = postings;
    }

    /** Collects texts entry by entry; ids must be added in ascending order. */
    static final class Builder {
        private final Map<String, GramIndex.Postings> postings = new HashMap<>();

        void add(int id, String text) {
            for (int n = 1; n <= Math.min(DEPTH, text.length()); n++) {
                postings.computeIfAbsent(text.substring(0, n), k -> new GramIndex.Postings()).add(id);
            }
        }

        PrefixIndex build() {
            Map<String, int[]> built = new LinkedHashMap<>();
            postings.forEach((k, v) -> built.put(k, v.toArray()));
            return new PrefixIndex(built);
        }
    }

    /** Entries with a text starting with {@code s} (with its first {@value #DEPTH} characters, when longer). */
    int[] candidates(String s) {
        return postings.getOrDefault(s.length() > DEPTH ? s.substring(0, DEPTH) : s, GramIndex.NONE);
    }

    static boolean exact(String s) {
        return s.length() <= DEPTH;
    }
}
