package org.yichuang.documents;

import org.yichuang.pdf.DocumentFonts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Text and lines on one PDF page, with CJK line wrapping; y runs down from the top margin. Each character is drawn in
 * the first font of the chain that has it; one that no font has is drawn as an empty box and reported.
 */
final class PdfCanvas {
    /** Punctuation that may not begin a line (标点禁则): it stays at the end of the line before. */
    static final String NO_LINE_START = "。，、；：！？）」』》〉】”’.,;:!?)";
    private final PDPageContentStream content;
    private final DocumentFonts fonts;
    private final float pageHeight;

    PdfCanvas(PDPageContentStream content, DocumentFonts fonts, float pageHeight) {
        this.content = content;
        this.fonts = fonts;
        this.pageHeight = pageHeight;
    }

    float width(String text, float size) throws IOException {
        return fonts.width(text, size);
    }

    void text(String text, float x, float top, float size) throws IOException {
        fonts.draw(content, text, x, pageHeight - top - size, size);
    }

    void centred(String text, float centreX, float top, float size) throws IOException {
        text(text, centreX - width(text, size) / 2, top, size);
    }

    /** Writes {@code text} wrapped to {@code maxWidth}; returns the y below the last line. */
    float wrapped(String text, float x, float top, float maxWidth, float size) throws IOException {
        float y = top;
        for (String line : lines(text, maxWidth, size)) {
            text(line, x, y, size);
            y += size * 1.45f;
        }
        return y;
    }

    List<String> lines(String text, float maxWidth, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (!line.isEmpty() && width(line + ch, size) > maxWidth && NO_LINE_START.indexOf(cp) < 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    void line(float x1, float top1, float x2, float top2, float width) throws IOException {
        content.setLineWidth(width);
        content.moveTo(x1, pageHeight - top1);
        content.lineTo(x2, pageHeight - top2);
        content.stroke();
    }

    PDPageContentStream content() {
        return content;
    }

    float pageHeight() {
        return pageHeight;
    }
}
