package org.yichuang.documents;

import org.yichuang.pdf.DocumentFonts;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A document written top to bottom on A4 pages: a new page starts whenever the next block would not fit, so a
 * notification with forty shortfalls still prints whole. Each page carries the case number in its footer.
 */
final class Letter implements AutoCloseable {
    static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private final PDDocument document;
    private final DocumentFonts fonts;
    private final String footer;
    private final ResourceBundle text;
    private PDPageContentStream content;
    private PdfCanvas canvas;
    private float y;
    private int pages;

    /** {@code text}: the documents' bundle, for the page numbers and the signature lines. */
    Letter(PDDocument document, DocumentFonts fonts, String footer, ResourceBundle text) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.footer = footer;
        this.text = text;
        newPage();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        canvas = new PdfCanvas(content, fonts, HEIGHT);
        pages++;
        canvas.text(MessageFormat.format(text.getString("footer.page"), footer, Integer.toString(pages)), MARGIN,
                HEIGHT - MARGIN + 16, 8.5f);
        y = MARGIN;
    }

    private void room(float height) throws IOException {
        if (y + height > HEIGHT - MARGIN) {
            newPage();
        }
    }

    float right() {
        return WIDTH - MARGIN;
    }

    /** The title centred, with the case number's QR code at the top right of the first page. */
    void title(String title, String caseNumber) throws IOException {
        canvas.centred(title, WIDTH / 2, y, 22);
        QrCode.draw(content, caseNumber, right() - 72, HEIGHT - MARGIN - 72, 72);
        y += 44;
    }

    void text(String text, float size) throws IOException {
        room(size * 1.5f);
        canvas.text(text, MARGIN, y, size);
        y += size * 1.6f;
    }

    /** A paragraph wrapped to the text width, indented by {@code indent}. */
    void paragraph(String text, float indent, float size) throws IOException {
        for (String line : canvas.lines(text, right() - MARGIN - indent, size)) {
            room(size * 1.45f);
            canvas.text(line, MARGIN + indent, y, size);
            y += size * 1.45f;
        }
        y += 4;
    }

    /** A label and its value, the value wrapped in its column. */
    void row(String label, String value) throws IOException {
        float size = 11;
        var lines = canvas.lines(value, right() - MARGIN - 110, size);
        room(lines.size() * size * 1.45f);
        canvas.text(label, MARGIN, y, size);
        for (String line : lines) {
            canvas.text(line, MARGIN + 110, y, size);
            y += size * 1.45f;
        }
        y += 4;
    }

    void rule() throws IOException {
        room(12);
        canvas.line(MARGIN, y, right(), y, 0.8f);
        y += 10;
    }

    void gap(float height) {
        y += height;
    }

    /** Two signature blocks side by side, each with a date line; kept together on one page. */
    void signatures(String left, String right) throws IOException {
        room(70);
        y += 16;
        float middle = WIDTH / 2 + 10;
        String line = text.getString("sign.line");
        canvas.text(MessageFormat.format(line, left), MARGIN, y, 11.5f);
        canvas.text(MessageFormat.format(line, right), middle, y, 11.5f);
        y += 28;
        canvas.text(text.getString("sign.date"), MARGIN, y, 11.5f);
        canvas.text(text.getString("sign.date"), middle, y, 11.5f);
        y += 26;
    }

    /** The issuing hall and date at the right, as a letter closes. */
    void closing(String hall, String date) throws IOException {
        room(50);
        y += 10;
        canvas.text(hall, right() - 230, y, 11);
        canvas.text(date, right() - 230, y + 20, 11);
        y += 44;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
