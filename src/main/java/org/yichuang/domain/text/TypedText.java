package org.yichuang.domain.text;

import java.text.Normalizer;

/**
 * What people type or paste, before anything checks it: full-width ASCII (ＡＢＣ１２３, U+FF01-FF5E) and the
 * ideographic space become half-width, invisible format characters (bidi marks such as U+202D/U+202C pasted from
 * chat apps, zero-width spaces, the BOM, soft hyphens: Unicode category Cf) are removed, runs of white space become
 * one space, and the ends are trimmed. Chinese characters are never changed (NFC only, no compatibility mapping:
 * a name's character stays the one the person wrote).
 */
public final class TypedText {
    private TypedText() {
    }

    /** The cleaned text; "" for null. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String text = composed(typed);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = !out.isEmpty();
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(halfWidth(cp));
        }
        return out.toString();
    }

    /**
     * NFC, except for CJK compatibility ideographs (U+F900-FAFF, U+2F800-2FA1F): their canonical decompositions would
     * turn a name's character into a different one, so runs around them are composed and they are kept as they are.
     */
    private static String composed(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F) {
                out.append(Normalizer.normalize(text.substring(start, i), Normalizer.Form.NFC)).appendCodePoint(cp);
                start = next;
            }
            i = next;
        }
        return out.append(Normalizer.normalize(text.substring(start), Normalizer.Form.NFC)).toString();
    }

    /** {@link #normalise} line by line, keeping the line breaks of a multi-line text (blank lines collapse). */
    public static String normaliseLines(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.lines().map(TypedText::normalise).filter(l -> !l.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Full-width ASCII forms to ASCII; anything else unchanged. */
    static int halfWidth(int cp) {
        return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
    }

    /** Whether {@code text} is well-formed Unicode: no unpaired surrogate, no noncharacter, no control but tab/CR/LF. */
    public static boolean wellFormed(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c)) {
                return false;
            }
            int cp = text.codePointAt(i);
            if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp == 0x7F
                    || (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Length in characters (Unicode code points), as the platform contract counts it: 𠀋 is one, not two. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
