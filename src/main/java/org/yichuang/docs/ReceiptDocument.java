package org.yichuang.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.yichuang.domain.applicant.Masking;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.usecase.port.CaseDocuments;

/** The acceptance receipt (受理回执): A4, CJK subset embedded, a QR code of the case number. */
public final class ReceiptDocument implements CaseDocuments {
    private static final float MARGIN = 56;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Optional<Path> configuredFont;
    private final ResourceBundle text = ResourceBundle.getBundle("org.yichuang.docs.documents");
    private CjkFont font;

    /** The font is found on first use, so a machine without one still starts and says what is missing then. */
    public ReceiptDocument(Optional<Path> configuredFont) {
        this.configuredFont = configuredFont;
    }

    private synchronized CjkFont font() {
        if (font == null) {
            font = CjkFont.locate(configuredFont);
        }
        return font;
    }

    @Override
    public byte[] document(org.yichuang.domain.cases.DocumentKind kind, CaseRecord record, DocumentContext context) {
        if (kind != org.yichuang.domain.cases.DocumentKind.RECEIPT) {
            throw new UnsupportedOperationException(kind + " is not made yet");
        }
        return receipt(record, context);
    }

    @Override
    public byte[] receipt(CaseRecord record, DocumentContext context) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text.getString("receipt.title") + " " + record.caseNumber());
            info.setCreator("Yichuang");
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfCanvas canvas = new PdfCanvas(content, font().loadInto(document), page.getMediaBox().getHeight());
                draw(canvas, record, context, width);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the receipt cannot be made", e);
        }
    }

    @Override
    public PagePixels firstPage(byte[] pdf, float dpi) {
        return PdfPreview.firstPage(pdf, dpi);
    }

    private void draw(PdfCanvas c, CaseRecord r, DocumentContext ctx, float width) throws IOException {
        float right = width - MARGIN;
        c.centred(text.getString("receipt.title"), width / 2, MARGIN, 22);
        QrCode.draw(c.content(), r.caseNumber(), right - 84, c.pageHeight() - MARGIN - 84, 84);
        c.text(text.getString("receipt.caseNumber") + r.caseNumber(), MARGIN, MARGIN + 44, 12);
        float y = MARGIN + 100;
        c.line(MARGIN, y, right, y, 0.8f);
        y += 10;
        for (String[] row : rows(r, ctx)) {
            c.text(row[0], MARGIN, y, 11);
            y = Math.max(c.wrapped(row[1], MARGIN + 110, y, right - MARGIN - 110, 11), y + 20);
        }
        c.line(MARGIN, y, right, y, 0.8f);
        y += 12;
        c.text(text.getString("receipt.materials"), MARGIN, y, 12);
        y += 24;
        int n = 1;
        for (CaseMaterial m : r.materials()) {
            c.text(n++ + ".", MARGIN, y, 10.5f);
            float after = c.wrapped(m.name(), MARGIN + 22, y, right - MARGIN - 230, 10.5f);
            c.text(provision(m), right - 190, y, 10.5f);
            y = Math.max(after, y + 18);
        }
        if (r.materials().isEmpty()) {
            c.text(text.getString("receipt.noMaterials"), MARGIN + 22, y, 10.5f);
            y += 18;
        }
        y += 14;
        y = c.wrapped(text.getString("receipt.notice"), MARGIN, y, right - MARGIN, 10.5f) + 30;
        c.text(ctx.hall() + text.getString("receipt.seal"), right - 220, y, 11);
        c.text(DAY.format(r.acceptedAt()), right - 220, y + 20, 11);
    }

    private List<String[]> rows(CaseRecord r, DocumentContext ctx) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text.getString("receipt.subject"), r.subjectName()});
        rows.add(new String[] {text.getString("receipt.applicant"), r.applicant().name()});
        rows.add(new String[] {text.getString("receipt.idNumber"), Masking.idNumber(r.applicant().idNumber())});
        if (r.applicant().phone() != null && !r.applicant().phone().isBlank()) {
            rows.add(new String[] {text.getString("receipt.phone"), Masking.phone(r.applicant().phone())});
        }
        rows.add(new String[] {text.getString("receipt.acceptedAt"), TIME.format(r.acceptedAt())});
        rows.add(new String[] {text.getString("receipt.promisedBy"), r.promisedBy().equals(r.acceptedAt().toLocalDate())
                ? text.getString("receipt.instant") : DAY.format(r.promisedBy())});
        rows.add(new String[] {text.getString("receipt.window"), ctx.hall() + " " + nonNull(r.window())});
        rows.add(new String[] {text.getString("receipt.clerk"), ctx.clerkName()});
        rows.add(new String[] {text.getString("receipt.handlingPlace"), ctx.handlingPlace()});
        rows.add(new String[] {text.getString("receipt.consultPhone"), ctx.consultPhone()});
        return rows;
    }

    private String provision(CaseMaterial m) {
        String label = text.getString("receipt.provision." + m.provision().name());
        return m.dueDate() == null ? label : label + "（" + DAY.format(m.dueDate()) + "前）";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
