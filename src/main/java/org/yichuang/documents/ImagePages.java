package org.yichuang.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.yichuang.usecase.port.MaterialFiles.Change;
import org.yichuang.usecase.port.MaterialFiles.MaterialPdf;
import org.yichuang.usecase.port.MaterialFiles.UnreadableFile;

/**
 * An image on an A4 page, the way a viewer shows it. A JPEG keeps its compressed bytes (less the EXIF segment, so no
 * EXIF-aware PDF viewer turns it twice) and its EXIF orientation becomes the page matrix; a PNG's samples are kept as
 * they are ({@link ImageSamples}) and its eXIf orientation is applied the same way.
 */
final class ImagePages {
    private static final float MARGIN = 28;

    private ImagePages() {
    }

    static MaterialPdf jpeg(String fileName, byte[] jpeg) throws UnreadableFile {
        ExifOrientation orientation = ExifOrientation.ofJpeg(jpeg);
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = JPEGFactory.createFromByteArray(document, JpegSegments.withoutExif(jpeg));
            return page(document, image, orientation);
        } catch (IOException | RuntimeException e) {
            throw damaged(fileName, e);
        }
    }

    static MaterialPdf png(String fileName, byte[] png) throws UnreadableFile {
        ExifOrientation orientation = ExifOrientation.ofPng(png);
        try (PDDocument document = new PDDocument()) {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
            if (decoded == null) {
                throw new IOException("not decodable");
            }
            return page(document, ImageSamples.of(document, decoded), orientation);
        } catch (IOException | RuntimeException e) {
            throw damaged(fileName, e);
        }
    }

    private static MaterialPdf page(PDDocument document, PDImageXObject image, ExifOrientation orientation)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDRectangle box = page.getMediaBox();
        int shownWidth = orientation.turnsQuarter() ? image.getHeight() : image.getWidth();
        int shownHeight = orientation.turnsQuarter() ? image.getWidth() : image.getHeight();
        float scale = Math.min((box.getWidth() - 2 * MARGIN) / shownWidth, (box.getHeight() - 2 * MARGIN) / shownHeight);
        float w = shownWidth * scale;
        float h = shownHeight * scale;
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            stream.drawImage(image, orientation.onPage((box.getWidth() - w) / 2, (box.getHeight() - h) / 2, w, h));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return new MaterialPdf(out.toByteArray(), orientation.equals(ExifOrientation.UPRIGHT)
                ? EnumSet.of(Change.IMAGE_PAGE) : EnumSet.of(Change.IMAGE_PAGE, Change.ORIENTED));
    }

    private static UnreadableFile damaged(String fileName, Exception e) {
        return new UnreadableFile(UnreadableFile.Reason.DAMAGED, fileName + ": " + e.getMessage());
    }
}
