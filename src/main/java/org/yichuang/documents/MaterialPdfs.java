package org.yichuang.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.yichuang.usecase.port.MaterialFiles;

/**
 * What an applicant brings, as one PDF per material. The content decides the type, not the file name: a PDF goes
 * through {@link PdfRepair} (kept, decrypted or repaired, or refused); a JPEG or PNG becomes an A4 page the way a
 * viewer shows it ({@link ImagePages}). Sizes are checked from headers before anything is decoded.
 */
public final class MaterialPdfs implements MaterialFiles {
    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final long MAX_PIXELS = 60_000_000L;

    @Override
    public MaterialPdf toPdf(String fileName, byte[] content) throws UnreadableFile {
        if (content == null || content.length == 0) {
            throw new UnreadableFile(UnreadableFile.Reason.EMPTY, fileName + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableFile(UnreadableFile.Reason.TOO_LARGE, fileName + " has " + content.length + " bytes");
        }
        FileKind kind = FileKind.of(content);
        if (kind == FileKind.OTHER) {
            throw new UnreadableFile(UnreadableFile.Reason.UNSUPPORTED, fileName + " is not a PDF, JPEG or PNG");
        }
        if (kind == FileKind.PDF) {
            return PdfRepair.material(fileName, content);
        }
        checkDimensions(fileName, content);
        return kind == FileKind.JPEG ? ImagePages.jpeg(fileName, content) : ImagePages.png(fileName, content);
    }

    /** Reads the width and height from the header only, so a decompression bomb is refused before decoding. */
    private static void checkDimensions(String fileName, byte[] content) throws UnreadableFile {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableFile(UnreadableFile.Reason.DAMAGED, fileName + ": no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new UnreadableFile(UnreadableFile.Reason.TOO_MANY_PIXELS, fileName + " has " + pixels + " pixels");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile(UnreadableFile.Reason.DAMAGED, fileName + ": " + e.getMessage());
        }
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
