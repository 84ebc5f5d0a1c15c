package org.yichuang.docs;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.yichuang.usecase.port.MaterialFiles;

/**
 * What an applicant brings, as one PDF per material. The content decides the type, not the file name: a PDF is
 * proven to parse and kept byte for byte; a JPEG keeps its bytes inside an A4 page; a PNG is flattened onto white
 * (no transparency in an archival file). Sizes are checked from headers before anything is decoded.
 */
public final class MaterialPdfs implements MaterialFiles {
    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final long MAX_PIXELS = 60_000_000L;
    private static final float MARGIN = 28;

    @Override
    public byte[] toPdf(String fileName, byte[] content) throws UnreadableFile {
        if (content == null || content.length == 0) {
            throw new UnreadableFile("material.file.empty", fileName + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableFile("material.file.tooLarge", fileName + " has " + content.length + " bytes");
        }
        return switch (FileKind.of(content)) {
            case PDF -> checkedPdf(fileName, content);
            case JPEG, PNG -> imagePage(fileName, content, FileKind.of(content));
            case OTHER -> throw new UnreadableFile("material.file.unsupported", fileName + " is not a PDF, JPEG or PNG");
        };
    }

    private static byte[] checkedPdf(String fileName, byte[] content) throws UnreadableFile {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw new UnreadableFile("material.file.encrypted", fileName + " is encrypted");
            }
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableFile("material.file.noPages", fileName + " has no pages");
            }
            return content;
        } catch (InvalidPasswordException e) {
            throw new UnreadableFile("material.file.encrypted", fileName + " needs a password");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("material.file.damaged", fileName + ": " + e.getMessage());
        }
    }

    private static byte[] imagePage(String fileName, byte[] content, FileKind kind) throws UnreadableFile {
        checkDimensions(fileName, content);
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = kind == FileKind.JPEG ? JPEGFactory.createFromByteArray(document, content)
                    : LosslessFactory.createFromImage(document, flattened(decode(fileName, content)));
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDRectangle box = page.getMediaBox();
            float scale = Math.min((box.getWidth() - 2 * MARGIN) / image.getWidth(),
                    (box.getHeight() - 2 * MARGIN) / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.drawImage(image, (box.getWidth() - w) / 2, (box.getHeight() - h) / 2, w, h);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 4096);
            document.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("material.file.damaged", fileName + ": " + e.getMessage());
        }
    }

    /** Reads the width and height from the header only, so a decompression bomb is refused before decoding. */
    private static void checkDimensions(String fileName, byte[] content) throws UnreadableFile {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableFile("material.file.damaged", fileName + ": no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new UnreadableFile("material.file.tooManyPixels", fileName + " has " + pixels + " pixels");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("material.file.damaged", fileName + ": " + e.getMessage());
        }
    }

    private static BufferedImage decode(String fileName, byte[] content) throws IOException, UnreadableFile {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        if (image == null) {
            throw new UnreadableFile("material.file.damaged", fileName + ": not decodable");
        }
        return image;
    }

    private static BufferedImage flattened(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage white = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = white.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return white;
    }

    /** What the first bytes say a file is. */
    enum FileKind {
        PDF, JPEG, PNG, OTHER;

        static FileKind of(byte[] b) {
            if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
                return PDF;
            }
            if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
                return JPEG;
            }
            if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
                return PNG;
            }
            return OTHER;
        }
    }
}
