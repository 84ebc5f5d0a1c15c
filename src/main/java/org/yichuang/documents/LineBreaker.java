package org.yichuang.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines as Chinese documents do (GB/T 15834, W3C clreq): a line may break between any two
 * ideographs, but never before closing punctuation, never after opening punctuation, never inside an ellipsis
 * (……), a dash (——) or a run of Latin letters and digits (a case number, a phone number). Where a forbidden break
 * falls at the end of a line, the character before it moves down with it (push-in would overrun the margin); a
 * line never grows wider than its width unless one unbreakable piece alone is wider, which is then cut.
 * See docs/decisions/0020-our-own-chinese-line-breaker.md.
 */
final class LineBreaker {
    /** Closing punctuation and marks that may not begin a line (行首禁则). */
    static final String NO_LINE_START = "。，、；：！？）】」』》〉〕〗〙］｝”’·・….,;:!?)]}%‰℃";
    /** Opening punctuation that may not end a line (行尾禁则). */
    static final String NO_LINE_END = "（【「『《〈〔〖〘［｛“‘([{";
    /** Marks that come in pairs and are never split: the ellipsis …… and the dash ——. */
    static final String PAIRED = "…—";

    /** The width of a piece of text as it will be drawn. */
    @FunctionalInterface
    interface Measure {
        float width(String text) throws IOException;
    }

    /** The width of line {@code index} (0 for the first): lines beside a QR code are narrower than the rest. */
    @FunctionalInterface
    interface Widths {
        float of(int index);
    }

    private final Measure measure;

    LineBreaker(Measure measure) {
        this.measure = measure;
    }

    List<String> lines(String text, float width) throws IOException {
        return lines(text, i -> width);
    }

    List<String> lines(String text, Widths widths) throws IOException {
        List<String> units = units(text);
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < units.size()) {
            int end = lineEnd(units, start, widths.of(lines.size()));
            StringBuilder line = new StringBuilder();
            for (int i = start; i < end; i++) {
                line.append(units.get(i));
            }
            lines.add(line.toString().stripTrailing());
            start = end;
            while (start < units.size() && units.get(start).isBlank()) {
                start++;
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** The index after the last unit of the line that starts at {@code start}. */
    private int lineEnd(List<String> units, int start, float width) throws IOException {
        float used = 0;
        int i = start;
        while (i < units.size()) {
            String unit = units.get(i);
            float w = measure.width(unit);
            if (used + w > width && !unit.isBlank()) {
                break;
            }
            used += w;
            i++;
        }
        if (i == units.size()) {
            return i;
        }
        for (int b = i; b > start; b--) {
            if (mayBreakBefore(units, b)) {
                return b;
            }
        }
        if (i > start) {
            return i;
        }
        return start + cut(units, start, width);
    }

    /**
     * A unit wider than a whole line: it is split at the widest prefix that fits, the rest put back as a unit of its
     * own. Returns 1, the count of units the line takes.
     */
    private int cut(List<String> units, int start, float width) throws IOException {
        String unit = units.get(start);
        int n = unit.offsetByCodePoints(0, 1);
        while (n < unit.length() && measure.width(unit.substring(0, unit.offsetByCodePoints(n, 1))) <= width) {
            n = unit.offsetByCodePoints(n, 1);
        }
        if (n < unit.length()) {
            units.set(start, unit.substring(0, n));
            units.add(start + 1, unit.substring(n));
        }
        return 1;
    }

    /** Whether a line may end before unit {@code b}: spaces at the break are dropped, so the rules skip them. */
    static boolean mayBreakBefore(List<String> units, int b) {
        int last = b - 1;
        while (last >= 0 && units.get(last).isBlank()) {
            last--;
        }
        int next = b;
        while (next < units.size() && units.get(next).isBlank()) {
            next++;
        }
        if (last < 0 || next == units.size()) {
            return last >= 0;
        }
        String before = units.get(last);
        return NO_LINE_START.indexOf(units.get(next).codePointAt(0)) < 0
                && NO_LINE_END.indexOf(before.codePointBefore(before.length())) < 0;
    }

    /**
     * The pieces a line may not be broken inside: one ideograph or mark, a run of the same paired mark, a run of
     * Latin letters and digits (with the . - / that join them), a run of spaces.
     */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (PAIRED.indexOf(cp) >= 0) {
                while (end < text.length() && text.codePointAt(end) == cp) {
                    end += Character.charCount(cp);
                }
            } else if (latin(cp)) {
                while (end < text.length() && (latin(text.codePointAt(end)) || joiner(text, end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            } else if (cp == ' ') {
                while (end < text.length() && text.charAt(end) == ' ') {
                    end++;
                }
            }
            units.add(text.substring(i, end));
            i = end;
        }
        return units;
    }

    private static boolean latin(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    /** A . - / * or _ between two Latin letters or digits: 12345-678, 6101**********4523, a.b. */
    private static boolean joiner(String text, int i) {
        char c = text.charAt(i);
        if (".-/*_:".indexOf(c) < 0) {
            return false;
        }
        int j = i;
        while (j < text.length() && ".-/*_:".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j < text.length() && latin(text.codePointAt(j));
    }
}
