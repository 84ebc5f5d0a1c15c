package org.yichuang.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.yichuang.usecase.port.CaseDocuments;

/** The first page of a PDF as ARGB pixels, for an on-screen preview. */
final class PdfPreview {
    private PdfPreview() {
    }

    static CaseDocuments.PagePixels firstPage(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
            int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new CaseDocuments.PagePixels(image.getWidth(), image.getHeight(), argb);
        } catch (IOException e) {
            throw new UncheckedIOException("the document cannot be shown", e);
        }
    }
}
