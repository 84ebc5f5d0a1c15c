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
                cjk.draw(out, l.name() + "（电子证照 样例）", 60, y, 22);
                String[] rows = {"证照编号：" + l.licenceNumber(), "持证人：" + licensed.holderName(), "颁发机构：" + l.issuer(),
                    "颁发日期：" + l.issuedOn(), "有效期至：" + (l.validUntil() == null ? "长期" : l.validUntil().toString()),
                    "本件由一窗内置平台模拟电子证照库生成，仅供演示。"};
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
