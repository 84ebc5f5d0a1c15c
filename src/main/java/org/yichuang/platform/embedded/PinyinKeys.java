package org.yichuang.platform.embedded;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin spellings of a Chinese text, full ({@code xinshengerchusheng}) and by initials ({@code xsecs}).
 * Characters with several readings (行 xing/hang) yield several spellings, capped so a long name stays cheap.
 */
final class PinyinKeys {
    private static final int MAX_SPELLINGS = 16;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private PinyinKeys() {
    }

    /** Full spellings and initials spellings of {@code text}; non-Chinese letters and digits pass through. */
    static Set<String> of(String text) {
        List<String> full = List.of("");
        List<String> initials = List.of("");
        for (char c : text.toCharArray()) {
            List<String> readings = readings(c);
            if (readings.isEmpty()) {
                continue;
            }
            full = extend(full, readings, false);
            initials = extend(initials, readings, true);
        }
        Set<String> keys = new LinkedHashSet<>(full);
        keys.addAll(initials);
        keys.remove("");
        return keys;
    }

    private static List<String> readings(char c) {
        if (Character.isLetterOrDigit(c) && c < 128) {
            return List.of(String.valueOf(Character.toLowerCase(c)));
        }
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return all == null ? List.of() : List.copyOf(new LinkedHashSet<>(List.of(all)));
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> extend(List<String> prefixes, List<String> readings, boolean initialsOnly) {
        Set<String> next = new LinkedHashSet<>();
        for (String prefix : prefixes) {
            for (String reading : readings) {
                next.add(prefix + (initialsOnly ? reading.substring(0, 1) : reading));
                if (next.size() >= MAX_SPELLINGS) {
                    return new ArrayList<>(next);
                }
            }
        }
        return new ArrayList<>(next);
    }
}
