package org.yichuang.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.yichuang.usecase.port.CaseDocuments;

/**
 * A Chinese font with TrueType outlines that PDFBox can subset and embed (CFF fonts such as Noto CJK cannot be).
 * Parsed once and reused: the font file is the slow part of making a document.
 */
public final class CjkFont {
    /** Fonts with TrueType outlines, in order of preference, on Debian and on Windows. */
    public static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("C:/Windows/Fonts/msyh.ttc"),
            Path.of("C:/Windows/Fonts/simsun.ttc"));

    /** Held so the setting sticks: HanaMin's format 14 cmap (variation selectors) is skipped, not an alarm for users. */
    private static final java.util.logging.Logger CMAP_LOG = quiet("org.apache.fontbox.ttf.CmapSubtable");
    private final Path file;
    private TrueTypeFont font;

    private CjkFont(Path file) {
        this.file = file;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /** The configured font when given, else the first candidate present. */
    public static CjkFont locate(Optional<Path> configured) {
        List<Path> tried = new ArrayList<>();
        for (Path p : configured.map(List::of).orElse(CANDIDATES)) {
            tried.add(p);
            if (Files.isReadable(p)) {
                return new CjkFont(p);
            }
        }
        throw new CaseDocuments.DocumentsUnavailable("no embeddable Chinese font found (tried " + tried + "); install "
                + "fonts-wqy-microhei or set documents.font to a TrueType .ttf/.ttc such as msyh.ttc");
    }

    public Path file() {
        return file;
    }

    /** Loads the font into {@code document} as an embedded subset. */
    public PDType0Font loadInto(PDDocument document) throws IOException {
        return PDType0Font.load(document, parsed(), true);
    }

    /** Whether the font has a glyph for {@code codePoint} (any plane: format 12 cmaps included). */
    public boolean hasGlyph(int codePoint) throws IOException {
        var cmap = parsed().getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId(codePoint) > 0;
    }

    private synchronized TrueTypeFont parsed() throws IOException {
        if (font == null) {
            font = parse();
        }
        return font;
    }

    /**
     * The code points of {@code text} this font has no glyph for, in order, each once.
     *
     * @throws IOException when the file is not a TrueType or OpenType font (or collection) that can be parsed
     */
    public java.util.List<Integer> lacking(String text) throws IOException {
        var cmap = parsed().getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new IOException(file + " has no Unicode character map");
        }
        return text.codePoints().filter(cp -> !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT)
                .distinct().filter(cp -> cmap.getGlyphId(cp) <= 0).boxed().toList();
    }

    /** A font file that may be absent: for the fallback chain, which takes the ones that are installed. */
    public static Optional<CjkFont> ifPresent(Path file) {
        return Files.isReadable(file) ? Optional.of(new CjkFont(file)) : Optional.empty();
    }

    private TrueTypeFont parse() throws IOException {
        if (!file.toString().toLowerCase().endsWith(".ttc")) {
            return new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
        }
        // The collection stays open for the life of the application: its first font is read lazily.
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        if (first[0] == null) {
            throw new IOException(file + " holds no font");
        }
        return first[0];
    }

}
