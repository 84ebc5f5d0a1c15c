package org.yichuang.platform.embedded;

import java.util.Arrays;
import java.util.List;

/**
 * One catalogue entry as {@link SearchIndex} matches it. {@code pinyin}: the folded keys of name and keywords, sorted;
 * {@code spellings}: the same keys in their own order (full spellings of the name first) in one string, each after a
 * line break, which folded text never holds, so no match spans two keys.
 */
record SearchEntry(String code, String name, String[] keywords, String[] pinyin, String spellings) {
    static final char SEP = '\n';

    /** Levels, best first: equal code or name (100), name starts (80), name or code holds (60), a pinyin key starts (50),
     * a pinyin key holds (40), a keyword holds (30); {@code LEVELS} means no match. */
    static final int LEVELS = 6;

    /**
     * One query against entries asked in ascending id order. The cursors say which postings hold the entry; where
     * postings are exact (runs of up to four characters, prefixes up to {@link PrefixIndex#DEPTH}) no entry is read.
     */
    record Match(String q, String spelled, Cursor named, Cursor worded, Cursor sounded, Cursor equal, Cursor nameStarts,
                 Cursor keyStarts) {
        int level(int id, List<SearchEntry> entries) {
            boolean byText = named.holds(id);
            if (byText && equal.holds(id)) {
                return 0;
            }
            if (byText && nameStarts.holds(id) && (PrefixIndex.exact(q) || entries.get(id).name().startsWith(q))) {
                return 1;
            }
            if (byText && (GramIndex.exact(q) || entries.get(id).name().contains(q) || entries.get(id).code().contains(q))) {
                return 2;
            }
            boolean bySound = sounded.holds(id);
            if (bySound && keyStarts.holds(id) && (PrefixIndex.exact(spelled) || startsOne(entries.get(id).pinyin(), spelled))) {
                return 3;
            }
            if (bySound && (GramIndex.exact(spelled) || entries.get(id).spellings().contains(spelled))) {
                return 4;
            }
            if (worded.holds(id) && (GramIndex.exact(q) || containedInOne(entries.get(id).keywords(), q))) {
                return 5;
            }
            return LEVELS;
        }
    }

    /** Whether a key of {@code sorted} starts with {@code s}: such keys sort together, at or after {@code s}. */
    static boolean startsOne(String[] sorted, String s) {
        int at = Arrays.binarySearch(sorted, s);
        int next = at >= 0 ? at : -at - 1;
        return next < sorted.length && sorted[next].startsWith(s);
    }

    static boolean containedInOne(String[] texts, String s) {
        for (String text : texts) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
