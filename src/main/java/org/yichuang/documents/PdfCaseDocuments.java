package org.yichuang.documents;

import org.yichuang.pdf.FontChain;
import org.yichuang.pdf.DocumentFonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.usecase.port.CaseDocuments;

/**
 * The applicant's documents as PDF/A-2b on A4: the CJK font embedded as a subset, the case number as a QR code,
 * the wording in {@code documents.properties} so a hall can have it reviewed (bin/yichuang sample-documents).
 */
public final class PdfCaseDocuments implements CaseDocuments {
    private final Optional<Path> configuredFont;
    private final java.time.ZoneId hallZone;
    private final ResourceBundle text = ResourceBundle.getBundle("org.yichuang.documents.documents");
    private FontChain fonts;

    /** The font is found on first use, so a machine without one still starts and says what is missing then. */
    public PdfCaseDocuments(Optional<Path> configuredFont) {
        this(configuredFont, org.yichuang.domain.cases.Regions.HALL_ZONE);
    }

    /** {@code hallZone}: every date and time is printed in it, whatever offset the platform wrote. */
    public PdfCaseDocuments(Optional<Path> configuredFont, java.time.ZoneId hallZone) {
        this.configuredFont = configuredFont;
        this.hallZone = hallZone;
    }

    private synchronized FontChain fonts() {
        if (fonts == null) {
            fonts = FontChain.locate(configuredFont);
        }
        return fonts;
    }

    /** The font files tried, in order: the main font, then the fallbacks installed. */
    public java.util.List<Path> fontFiles() {
        return fonts().files();
    }

    /** Every character the documents' own wording uses (titles, rows, legal remedy, dates and numbers). */
    public static String wordingCharacters() {
        ResourceBundle text = ResourceBundle.getBundle("org.yichuang.documents.documents");
        StringBuilder all = new StringBuilder("0123456789");
        text.keySet().forEach(k -> all.append(text.getString(k).replaceAll("\\{\\d+}|[a-zA-Z]", "")));
        return all.toString();
    }

    /** A document's title, as its first line says it. */
    public String title(DocumentKind kind) {
        return text.getString("title." + kind.name());
    }

    @Override
    public java.util.Set<Integer> missingGlyphs(String text) {
        return fonts().missing(text);
    }

    @Override
    public Rendered render(DocumentKind kind, CaseRecord sent, DocumentContext context) {
        CaseRecord record = sent.atZone(hallZone); // 30日 04:19 in Xi'an, not 29日 20:19 UTC
        String title = text.getString("title." + kind.name());
        try (PDDocument document = new PDDocument()) {
            DocumentFonts used = new DocumentFonts(document, fonts());
            try (Letter letter = new Letter(document, used,
                    text.getString("footer") + " " + record.caseNumber(), text)) {
                Wording w = new Wording(text, record, context);
                letter.title(title, record.caseNumber());
                switch (kind) {
                    case RECEIPT -> AcceptanceLetters.receipt(letter, w);
                    case COMMITMENT -> AcceptanceLetters.commitment(letter, w);
                    case TRANSFER -> AcceptanceLetters.transfer(letter, w);
                    case NOTIFICATION -> DecisionLetters.notification(letter, w);
                    case REFUSAL -> DecisionLetters.refusal(letter, w);
                }
            }
            PdfA.conform(document, title + " " + record.caseNumber());
            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            document.save(out);
            return new Rendered(out.toByteArray(), used.missing());
        } catch (IOException e) {
            throw new UncheckedIOException("the " + kind + " of case " + record.caseNumber() + " cannot be made", e);
        }
    }

    @Override
    public PagePixels firstPage(byte[] pdf, float dpi) {
        return PdfPreview.firstPage(pdf, dpi);
    }
}
