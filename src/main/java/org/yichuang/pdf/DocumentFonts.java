package org.yichuang.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A {@link FontChain} bound to one document: each font is embedded (as a subset) only when a character needs it, and
 * the characters no font has are collected for the caller to report.
 */
public final class DocumentFonts {
    /** A stretch of text drawn with one font; {@code font} is null for characters no font has. */
    record Run(PDType0Font font, String text) {
    }

    private final PDDocument document;
    private final FontChain chain;
    private final PDType0Font[] loaded;
    private final Set<Integer> missing = new TreeSet<>();

    public DocumentFonts(PDDocument document, FontChain chain) {
        this.document = document;
        this.chain = chain;
        this.loaded = new PDType0Font[chain.files().size()];
    }

    /** {@code text} cut into runs by font; invisible format characters (bidi marks, zero-width spaces) are dropped. */
    List<Run> runs(String text) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int current = Integer.MIN_VALUE;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            int index = chain.fontFor(cp);
            if (index < 0) {
                missing.add(cp);
            }
            if (index != current && !run.isEmpty()) {
                runs.add(new Run(font(current), run.toString()));
                run.setLength(0);
            }
            current = index;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(font(current), run.toString()));
        }
        return runs;
    }

    /** The width of {@code text} in points at {@code size}; a missing character is one em wide (its box). */
    public float width(String text, float size) throws IOException {
        float width = 0;
        for (Run r : runs(text)) {
            width += width(r, size);
        }
        return width;
    }

    private static float width(Run r, float size) throws IOException {
        float units = r.font() == null ? 1000f * r.text().codePointCount(0, r.text().length()) : r.font().getStringWidth(r.text());
        return units / 1000f * size;
    }

    /** Draws one line of {@code text} with its baseline at ({@code x}, {@code baseline}), in PDF points. */
    public void draw(PDPageContentStream content, String text, float x, float baseline, float size) throws IOException {
        for (Run run : runs(text)) {
            if (run.font() == null) {
                missingBoxes(content, run.text(), x, baseline, size);
            } else {
                content.beginText();
                content.setFont(run.font(), size);
                content.newLineAtOffset(x, baseline);
                content.showText(run.text());
                content.endText();
            }
            x += width(run, size);
        }
    }

    /** An empty box per character that no font has: visibly not a character, never a different one. */
    private static void missingBoxes(PDPageContentStream content, String text, float x, float baseline, float size)
            throws IOException {
        int n = text.codePointCount(0, text.length());
        content.setLineWidth(0.5f);
        for (int i = 0; i < n; i++) {
            content.addRect(x + i * size + size * 0.1f, baseline - size * 0.1f, size * 0.8f, size * 0.9f);
        }
        content.stroke();
    }

    /** The characters drawn so far that no font has. */
    public Set<Integer> missing() {
        return Set.copyOf(missing);
    }

    private PDType0Font font(int index) throws IOException {
        if (index < 0) {
            return null;
        }
        if (loaded[index] == null) {
            loaded[index] = chain.font(index).loadInto(document);
        }
        return loaded[index];
    }
}
