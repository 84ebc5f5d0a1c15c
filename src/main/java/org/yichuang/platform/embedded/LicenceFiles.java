package org.yichuang.platform.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.yichuang.pdf.DocumentFonts;
import org.yichuang.pdf.FontChain;
import org.yichuang.platform.embedded.People.Licensed;

/** The PDF of a specimen e-licence, drawn on request as the e-licence store would hand it out. */
final class LicenceFiles {
    private FontChain fonts; // found on first use: a platform without a Chinese font still starts

    private synchronized FontChain fonts() {
        if (fonts == null) {
            fonts = FontChain.locate(Optional.empty());
        }
        return fonts;
    }

    byte[] pdf(Licensed licensed) {
        var l = licensed.licence();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A5.getHeight(), PDRectangle.A5.getWidth()));
            document.addPage(page);
            document.getDocumentInformation().setTitle(l.name() + " " + l.licenceNumber());
            DocumentFonts cjk = new DocumentFonts(document, fonts()); // holders' rare names need the fallbacks
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - 70;
                cjk.draw(out, PlatformText.LICENCE_TITLE.text(l.name()), 60, y, 22);
                String validUntil = l.validUntil() == null ? PlatformText.LICENCE_PERMANENT.text() : l.validUntil().toString();
                String[] rows = {PlatformText.LICENCE_NUMBER.text(l.licenceNumber()),
                    PlatformText.LICENCE_HOLDER.text(licensed.holderName()), PlatformText.LICENCE_ISSUER.text(l.issuer()),
                    PlatformText.LICENCE_ISSUED_ON.text(l.issuedOn()), PlatformText.LICENCE_VALID_UNTIL.text(validUntil),
                    PlatformText.LICENCE_SPECIMEN.text()};
                for (String row : rows) {
                    y -= 36;
                    cjk.draw(out, row, 60, y, 13);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
