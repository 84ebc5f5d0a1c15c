package org.yichuang.documents;

import org.yichuang.pdf.DocumentFonts;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Text and lines on one PDF page, with CJK line wrapping; y runs down from the top margin. Each character is drawn in
 * the first font of the chain that has it; one that no font has is drawn as an empty box and reported.
 */
final class PdfCanvas {
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

    /** {@code text} broken into lines of at most {@code maxWidth} by the Chinese rules ({@link LineBreaker}). */
    List<String> lines(String text, float maxWidth, float size) throws IOException {
        return lines(text, i -> maxWidth, size);
    }

    /** The same, each line as wide as {@code widths} says for its index. */
    List<String> lines(String text, LineBreaker.Widths widths, float size) throws IOException {
        return new LineBreaker(t -> width(t, size)).lines(text, widths);
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
