package org.yichuang.platform.embedded;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Which entries hold a text that may contain a given string: postings of every run of one to four adjacent
 * characters, entry ids ascending. Exact for strings of up to four characters ({@link #exact}); for longer
 * ones a superset of the entries whose texts contain it, which the caller checks.
 */
final class GramIndex {
    static final int[] NONE = {};
    private static final int ENOUGH = 32;
    private final Map<Integer, int[]> singles;
    private final Map<Integer, int[]> pairs;
    private final Map<Long, int[]> triples;
    private final Map<Long, int[]> quads;

    private GramIndex(Map<Integer, int[]> singles, Map<Integer, int[]> pairs, Map<Long, int[]> triples,
                      Map<Long, int[]> quads) {
        this.singles = singles;
        this.pairs = pairs;
        this.triples = triples;
        this.quads = quads;
    }

    static boolean exact(String s) {
        return s.length() <= 4;
    }

    /** Collects texts entry by entry; ids must be added in ascending order. */
    static final class Builder {
        private final Map<Integer, Postings> singles = new HashMap<>();
        private final Map<Integer, Postings> pairs = new HashMap<>();
        private final Map<Long, Postings> triples = new HashMap<>();
        private final Map<Long, Postings> quads = new HashMap<>();

        void add(int id, String text) {
            for (int i = 0; i < text.length(); i++) {
                singles.computeIfAbsent((int) text.charAt(i), k -> new Postings()).add(id);
                if (i + 1 < text.length()) {
                    pairs.computeIfAbsent(text.charAt(i) << 16 | text.charAt(i + 1), k -> new Postings()).add(id);
                }
                if (i + 2 < text.length()) {
                    triples.computeIfAbsent(run(text, i, 3), k -> new Postings()).add(id);
                }
                if (i + 3 < text.length()) {
                    quads.computeIfAbsent(run(text, i, 4), k -> new Postings()).add(id);
                }
            }
        }

        GramIndex build() {
            Map<Integer, int[]> s = new HashMap<>();
            Map<Integer, int[]> p = new HashMap<>();
            singles.forEach((k, v) -> s.put(k, v.toArray()));
            Map<Long, int[]> t = new HashMap<>();
            pairs.forEach((k, v) -> p.put(k, v.toArray()));
            Map<Long, int[]> q = new HashMap<>();
            triples.forEach((k, v) -> t.put(k, v.toArray()));
            quads.forEach((k, v) -> q.put(k, v.toArray()));
            return new GramIndex(s, p, t, q);
        }
    }

    static final class Postings {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int[] toArray() {
            return Arrays.copyOf(ids, size);
        }
    }

    /** Entries whose texts hold every run of four characters of {@code s} (the whole of it when shorter); never changed. */
    int[] candidates(String s) {
        if (s.isEmpty()) {
            return NONE;
        }
        if (s.length() == 1) {
            return singles.getOrDefault((int) s.charAt(0), NONE);
        }
        if (s.length() == 2) {
            return pairs.getOrDefault(s.charAt(0) << 16 | s.charAt(1), NONE);
        }
        if (s.length() == 3) {
            return triples.getOrDefault(run(s, 0, 3), NONE);
        }
        int[][] lists = new int[s.length() - 3][];
        for (int i = 0; i + 3 < s.length(); i++) {
            lists[i] = quads.getOrDefault(run(s, i, 4), NONE);
        }
        Arrays.sort(lists, Comparator.comparingInt(l -> l.length));
        int[] found = lists[0];
        for (int i = 1; i < lists.length && found.length > ENOUGH; i++) {
            found = intersect(found, lists[i]);
        }
        return found;
    }

    /** {@code n} (3 or 4) characters from {@code i} as one number: 16 bits each. */
    private static long run(String s, int i, int n) {
        long key = 0;
        for (int k = 0; k < n; k++) {
            key = key << 16 | s.charAt(i + k);
        }
        return key;
    }

    /** The ids in {@code small} that are also in {@code large}, each found by binary search from the last one. */
    static int[] intersect(int[] small, int[] large) {
        int[] out = new int[small.length];
        int n = 0;
        int from = 0;
        for (int id : small) {
            int at = Arrays.binarySearch(large, from, large.length, id);
            if (at >= 0) {
                out[n++] = id;
                from = at + 1;
            } else {
                from = -at - 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Both sorted id lists merged, ascending, without duplicates. */
    static int[] union(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == 0 ? b : a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            out[n++] = next;
            i += i < a.length && a[i] == next ? 1 : 0;
            j += j < b.length && b[j] == next ? 1 : 0;
        }
        return Arrays.copyOf(out, n);
    }
}
