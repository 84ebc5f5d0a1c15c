package org.yichuang.domain.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normaliser behind every search box (catalogue, my work, the kiosk): a query and what it is matched against
 * go through the same folding, so {@code falu}, {@code faluyuan}, {@code falü}, {@code fa'lv}, {@code FALU} and
 * full-width {@code ｆａｌｕ} all find 法律援助申请.
 */
public final class SearchText {
    private static final int MAX = 100;

    private SearchText() {
    }

    /**
     * For matching names and codes: typed text cleaned ({@link TypedText}), lower case, without spaces or the IME's
     * syllable separators ({@code '}, {@code ’}), at most 100 characters.
     */
    public static String query(String typed) {
        String q = TypedText.normalise(typed).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(q.length());
        q.codePoints().filter(cp -> cp != ' ' && cp != '\'' && cp != '’' && cp != '‘' && cp != '`')
                .forEach(out::appendCodePoint);
        return out.length() > MAX ? out.substring(0, out.offsetByCodePoints(0, MAX)) : out.toString();
    }

    /**
     * For matching pinyin: {@link #query} with tone marks dropped and ü folded to u, whether typed as {@code ü},
     * {@code v} (the IME's stand-in) or {@code u}: pinyin keys and queries both go through this, so all three meet.
     */
    public static String pinyin(String typed) {
        String decomposed = Normalizer.normalize(query(typed), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .map(cp -> cp == 'v' ? 'u' : cp).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether {@code text} (a name, a case number) matches {@code typed} after both are folded alike. */
    public static boolean contains(String text, String typed) {
        String q = query(typed);
        return q.isEmpty() || query(text).contains(q);
    }
}
