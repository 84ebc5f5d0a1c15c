package org.yichuang.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts a document draws with: the main CJK font, then fallbacks for the characters it lacks (CJK extension A,
 * extensions B to G, occurring in real names), in order. A character no installed font has is reported, never
 * replaced silently (ADR 0014). Fallback fonts are parsed on first need: most documents never open them.
 */
public final class FontChain {
    /** TrueType fallbacks by coverage, Debian first: HanaMin A (BMP + ext A), B (ext B-F), BabelStone Han (ext G). */
    public static final List<Path> FALLBACKS = List.of(
            Path.of("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"),
            Path.of("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),
            Path.of("/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf"),
            Path.of("C:/Windows/Fonts/simsunb.ttf"));
    private static final int NONE = -1;
    private final List<CjkFont> fonts;
    private final Map<Integer, Integer> fontOf = new ConcurrentHashMap<>();

    public FontChain(List<CjkFont> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /** The configured (or first found) main font, then every installed fallback. */
    public static FontChain locate(Optional<Path> configured) {
        List<CjkFont> fonts = new ArrayList<>(List.of(CjkFont.locate(configured)));
        FALLBACKS.forEach(p -> CjkFont.ifPresent(p).ifPresent(fonts::add));
        return new FontChain(fonts);
    }

    /** The font files in the order they are tried. */
    public List<Path> files() {
        return fonts.stream().map(CjkFont::file).toList();
    }

    /** The index in {@link #files()} of the first font with a glyph for {@code codePoint}, or -1 when none has one. */
    int fontFor(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return 0;
        }
        return fontOf.computeIfAbsent(codePoint, cp -> {
            for (int i = 0; i < fonts.size(); i++) {
                try {
                    if (fonts.get(i).hasGlyph(cp)) {
                        return i;
                    }
                } catch (IOException e) {
                    if (i == 0) {
                        throw new UncheckedIOException(e);
                    }
                    // a broken fallback font is skipped: the character then counts as missing, and is said
                }
            }
            return NONE;
        });
    }

    /** The characters of {@code text} that no installed font can draw, as code points in order. */
    public Set<Integer> missing(String text) {
        Set<Integer> missing = new TreeSet<>();
        if (text != null) {
            text.codePoints().filter(cp -> fontFor(cp) == NONE).forEach(missing::add);
        }
        return missing;
    }

    CjkFont font(int index) {
        return fonts.get(index);
    }
}
