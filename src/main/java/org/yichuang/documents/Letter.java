package org.yichuang.documents;

import org.yichuang.pdf.DocumentFonts;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A document written top to bottom on A4 pages: a new page starts whenever the next block would not fit, so a
 * notification with forty shortfalls still prints whole. Each page carries the case number in its footer. Every
 * text wraps by the Chinese rules ({@link LineBreaker}), beside the QR code in the narrower width left by it. The
 * lines of the latest block wait until the next block starts, so a signature or seal block that does not fit takes
 * them to the next page with it: no page holds a seal and a date alone.
 */
final class Letter implements AutoCloseable {
    static final float MARGIN = 56;
    static final float QR_SIZE = 72;
    /** The space kept between text and the QR code. */
    static final float QR_GAP = 10;
    /** The width of the issuing hall's block at the right of the closing. */
    static final float CLOSING_WIDTH = 230;
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
    /** The bottom of the QR code on this page, or 0 where it has none. */
    private float qrBottom;
    /** The lines of the latest block on this page, not drawn yet, and where that block starts. */
    private final List<Line> pending = new ArrayList<>();
    private float pendingTop;

    private record Line(String text, float x, float top, float size) {
    }

    /** {@code text}: the documents' bundle, for the page numbers and the signature lines. */
    Letter(PDDocument document, DocumentFonts fonts, String footer, ResourceBundle text) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.footer = footer;
        this.text = text;
        newPage();
    }

    private void newPage() throws IOException {
        flush();
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
        pendingTop = MARGIN;
        qrBottom = 0;
    }

    private void room(float height) throws IOException {
        if (y + height > HEIGHT - MARGIN) {
            newPage();
        }
    }

    /** Starts a block: the one before is drawn where it is. */
    private void begin() throws IOException {
        flush();
        pendingTop = y;
    }

    private void flush() throws IOException {
        for (Line l : pending) {
            canvas.text(l.text(), l.x(), l.top(), l.size());
        }
        pending.clear();
    }

    /**
     * Makes room for a closing block of {@code height} that must not stand alone: where it does not fit, the lines of
     * the block before it (as many as fit with it) go to the next page too.
     */
    private void keep(float height) throws IOException {
        if (y + height <= HEIGHT - MARGIN) {
            return;
        }
        float cut = Math.max(pendingTop, y + height - (HEIGHT - 2 * MARGIN));
        List<Line> carried = pending.stream().filter(l -> l.top() >= cut).toList();
        pending.removeAll(carried);
        float from = carried.isEmpty() ? y : carried.getFirst().top();
        float below = y - from;
        newPage();
        for (Line l : carried) {
            pending.add(new Line(l.text(), l.x(), l.top() - from + MARGIN, l.size()));
        }
        y = MARGIN + below;
    }

    float right() {
        return WIDTH - MARGIN;
    }

    /** How wide a line at {@code x} whose top is at {@code top} may be: beside the QR code, up to a gap before it. */
    float widthAt(float x, float top) {
        return (top < qrBottom ? right() - QR_SIZE - QR_GAP : right()) - x;
    }

    /** The lines of {@code text} laid from the current y at {@code x}, each as wide as its place allows. */
    private List<String> lines(String text, float x, float size, float leading) throws IOException {
        float top = y;
        return canvas.lines(text, i -> widthAt(x, top + i * leading), size);
    }

    /** The title centred, with the case number's QR code at the top right of the first page. */
    void title(String title, String caseNumber) throws IOException {
        begin();
        canvas.centred(title, WIDTH / 2, y, 22);
        QrCode.draw(content, caseNumber, right() - QR_SIZE, HEIGHT - MARGIN - QR_SIZE, QR_SIZE);
        qrBottom = MARGIN + QR_SIZE + 3;
        y += 44;
    }

    /** A heading line, wrapped like a paragraph if it has to be. */
    void text(String text, float size) throws IOException {
        begin();
        room(size * 1.5f);
        for (String line : lines(text, MARGIN, size, size * 1.6f)) {
            room(size * 1.5f);
            pending.add(new Line(line, MARGIN, y, size));
            y += size * 1.6f;
        }
    }

    /** A paragraph wrapped to the text width, indented by {@code indent}. */
    void paragraph(String text, float indent, float size) throws IOException {
        begin();
        room(size * 1.45f);
        for (String line : lines(text, MARGIN + indent, size, size * 1.45f)) {
            room(size * 1.45f);
            pending.add(new Line(line, MARGIN + indent, y, size));
            y += size * 1.45f;
        }
        y += 4;
    }

    /** A label and its value, the value wrapped in its column; kept on one page. */
    void row(String label, String value) throws IOException {
        begin();
        float size = 11;
        float leading = size * 1.45f;
        float x = MARGIN + 110;
        var lines = lines(value, x, size, leading);
        if (y + lines.size() * leading > HEIGHT - MARGIN) {
            newPage();
            lines = lines(value, x, size, leading);
        }
        pending.add(new Line(label, MARGIN, y, size));
        for (String line : lines) {
            pending.add(new Line(line, x, y, size));
            y += leading;
        }
        y += 4;
    }

    void rule() throws IOException {
        begin();
        room(12);
        canvas.line(MARGIN, y, right(), y, 0.8f);
        y += 10;
    }

    void gap(float height) {
        y += height;
    }

    /** Two signature blocks side by side, each with a date line; kept on one page with the block before. */
    void signatures(String left, String right) throws IOException {
        keep(70);
        y += 16;
        float middle = WIDTH / 2 + 10;
        String line = text.getString("sign.line");
        pending.add(new Line(MessageFormat.format(line, left), MARGIN, y, 11.5f));
        pending.add(new Line(MessageFormat.format(line, right), middle, y, 11.5f));
        y += 28;
        pending.add(new Line(text.getString("sign.date"), MARGIN, y, 11.5f));
        pending.add(new Line(text.getString("sign.date"), middle, y, 11.5f));
        y += 26;
    }

    /** The issuing hall (wrapped in its block) and date at the right, as a letter closes; kept with the block before. */
    void closing(String hall, String date) throws IOException {
        float x = right() - CLOSING_WIDTH;
        List<String> lines = canvas.lines(hall, CLOSING_WIDTH, 11);
        keep(28 + lines.size() * 16);
        y += 10;
        for (String line : lines) {
            pending.add(new Line(line, x, y, 11));
            y += 16;
        }
        pending.add(new Line(date, x, y + 4, 11));
        y += 18;
    }

    @Override
    public void close() throws IOException {
        flush();
        content.close();
    }
}
