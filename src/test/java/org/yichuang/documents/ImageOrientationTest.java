package org.yichuang.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.documents.RenderedPage.near;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.usecase.port.MaterialFiles.Change;
import org.yichuang.usecase.port.MaterialFiles.MaterialPdf;

/** A photo's page shows it the way a viewer does: its EXIF orientation applied, its JPEG bytes not re-encoded. */
class ImageOrientationTest {
    private static final int RED = 0xD02020;
    private static final int GREEN = 0x20B020;
    private static final int BLUE = 0x2040D0;
    private static final int YELLOW = 0xE0D020;
    private final MaterialPdfs pdfs = new MaterialPdfs();

    @Test
    void thePhonephotoWithOrientation6IsAPortraitPageWithTheRedMarkAtTheBottom() throws Exception {
        byte[] jpeg = RenderedPage.resource("jpeg-exif-orientation6.jpg");
        MaterialPdf made = pdfs.toPdf("certificate.jpg", jpeg);
        assertThat(made.changes()).containsExactly(Change.IMAGE_PAGE, Change.ORIENTED);
        // stored 600 × 300 with the red block on the right; shown 300 × 600 with it at the bottom, "TOP" on top
        RenderedPage page = RenderedPage.of(made.pdf(), 300, 600);
        assertThat(page.height()).isGreaterThan(page.width() * 1.9);
        assertThat(page.at(150, 540, 300, 600)).satisfies(rgb -> assertThat(near(rgb, 0xFF0000, 40)).as("%06x", rgb).isTrue());
        assertThat(page.at(150, 60, 300, 600)).satisfies(rgb -> assertThat(near(rgb, 0xFF0000, 40)).isFalse());
        BufferedImage shown = viewerShows(ImageIO.read(new ByteArrayInputStream(jpeg)), 6);
        assertThat(matchingShare(page, shown)).isGreaterThan(0.97);
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyOrientationIsShownAsAViewerShowsIt(int orientation) throws Exception {
        BufferedImage shown = quadrants(160, 100);
        byte[] jpeg = withExifOrientation(jpeg(stored(shown, orientation)), orientation);
        MaterialPdf made = pdfs.toPdf("photo.jpg", jpeg);
        RenderedPage page = RenderedPage.of(made.pdf(), 160, 100);
        int[][] corners = {{20, 15, RED}, {140, 15, GREEN}, {20, 85, BLUE}, {140, 85, YELLOW}};
        for (int[] c : corners) {
            int rgb = page.at(c[0], c[1], 160, 100);
            assertThat(near(rgb, c[2], 40)).as("at %d,%d: %06x, expected %06x", c[0], c[1], rgb, c[2]).isTrue();
        }
        assertThat(made.changes().contains(Change.ORIENTED)).isEqualTo(orientation != 1);
    }

    @Test
    void theJpegIsEmbeddedWithoutReEncodingAndWithoutItsExifSegment() throws Exception {
        byte[] jpeg = withExifOrientation(jpeg(stored(quadrants(160, 100), 6)), 6);
        try (PDDocument document = Loader.loadPDF(pdfs.toPdf("photo.jpg", jpeg).pdf())) {
            var resources = document.getPage(0).getResources();
            PDImageXObject image = (PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
            byte[] embedded = image.getStream().getCOSObject().createRawInputStream().readAllBytes();
            int exifLength = 2 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
            byte[] withoutExif = new byte[jpeg.length - exifLength];
            System.arraycopy(jpeg, 0, withoutExif, 0, 2);
            System.arraycopy(jpeg, 2 + exifLength, withoutExif, 2, jpeg.length - 2 - exifLength);
            assertThat(embedded).isEqualTo(withoutExif);
            assertThat(image.getWidth()).as("stored width").isEqualTo(100);
        }
    }

    @Test
    void aPngWithAnExifOrientationIsTurnedToo() throws Exception {
        BufferedImage shown = quadrants(160, 100);
        byte[] png = withExifChunk(png(stored(shown, 8)), 8);
        MaterialPdf made = pdfs.toPdf("scan.png", png);
        assertThat(made.changes()).contains(Change.ORIENTED);
        RenderedPage page = RenderedPage.of(made.pdf(), 160, 100);
        assertThat(near(page.at(20, 15, 160, 100), RED, 3)).isTrue();
        assertThat(near(page.at(140, 85, 160, 100), YELLOW, 3)).isTrue();
    }

    @Test
    void brokenExifIsIgnoredAsViewersIgnoreIt() throws Exception {
        byte[] jpeg = withExifOrientation(jpeg(quadrants(160, 100)), 6);
        jpeg[12] = 'X'; // the TIFF byte order mark: no longer EXIF a reader understands
        MaterialPdf made = pdfs.toPdf("photo.jpg", jpeg);
        assertThat(made.changes()).containsExactly(Change.IMAGE_PAGE);
        assertThat(near(RenderedPage.of(made.pdf(), 160, 100).at(20, 15, 160, 100), RED, 40)).isTrue();
    }

    /** Four coloured quadrants: each of the eight orientations moves them to a different arrangement. */
    private static BufferedImage quadrants(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        int[][] q = {{0, 0, RED}, {w / 2, 0, GREEN}, {0, h / 2, BLUE}, {w / 2, h / 2, YELLOW}};
        for (int[] c : q) {
            g.setColor(new Color(c[2]));
            g.fillRect(c[0], c[1], w / 2, h / 2);
        }
        g.dispose();
        return image;
    }

    /** Where a stored pixel (x, y) of a W × H image is shown, per orientation (the EXIF/TIFF definition). */
    private static int[] shownAt(int x, int y, int w, int h, int orientation) {
        return switch (orientation) {
            case 1 -> new int[] {x, y};
            case 2 -> new int[] {w - 1 - x, y};
            case 3 -> new int[] {w - 1 - x, h - 1 - y};
            case 4 -> new int[] {x, h - 1 - y};
            case 5 -> new int[] {y, x};
            case 6 -> new int[] {h - 1 - y, x};
            case 7 -> new int[] {h - 1 - y, w - 1 - x};
            default -> new int[] {y, w - 1 - x};
        };
    }

    /** The image as a viewer shows it, from the pixels as stored. */
    static BufferedImage viewerShows(BufferedImage stored, int orientation) {
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean quarter = orientation >= 5;
        BufferedImage shown = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] at = shownAt(x, y, w, h, orientation);
                shown.setRGB(at[0], at[1], stored.getRGB(x, y));
            }
        }
        return shown;
    }

    /** The pixels to store so that a viewer applying the orientation shows {@code shown}. */
    private static BufferedImage stored(BufferedImage shown, int orientation) {
        boolean quarter = orientation >= 5;
        int w = quarter ? shown.getHeight() : shown.getWidth();
        int h = quarter ? shown.getWidth() : shown.getHeight();
        BufferedImage stored = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] at = shownAt(x, y, w, h, orientation);
                stored.setRGB(x, y, shown.getRGB(at[0], at[1]));
            }
        }
        return stored;
    }

    private static double matchingShare(RenderedPage page, BufferedImage shown) {
        int matching = 0;
        int total = 0;
        for (int y = 0; y < shown.getHeight(); y += 7) {
            for (int x = 0; x < shown.getWidth(); x += 7) {
                total++;
                if (near(page.at(x, y, shown.getWidth(), shown.getHeight()), shown.getRGB(x, y) & 0xFFFFFF, 48)) {
                    matching++;
                }
            }
        }
        return matching / (double) total;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A big-endian TIFF structure with one IFD0 entry: Orientation (0x0112, SHORT). */
    private static byte[] tiffWithOrientation(int orientation) {
        return ByteBuffer.allocate(26).put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0).array();
    }

    /** The JPEG with an EXIF APP1 segment, right after SOI, that sets the orientation. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = tiffWithOrientation(orientation);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 10 + tiff.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length))
                .put("Exif\0\0".getBytes()).put(tiff).put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** The PNG with an eXIf chunk, right after IHDR, that sets the orientation. */
    private static byte[] withExifChunk(byte[] png, int orientation) {
        byte[] tiff = tiffWithOrientation(orientation);
        ByteBuffer chunk = ByteBuffer.allocate(12 + tiff.length).putInt(tiff.length).put("eXIf".getBytes()).put(tiff);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + tiff.length);
        chunk.putInt((int) crc.getValue());
        int afterIhdr = 8 + 12 + 13;
        return ByteBuffer.allocate(png.length + chunk.capacity()).put(png, 0, afterIhdr).put(chunk.array())
                .put(png, afterIhdr, png.length - afterIhdr).array();
    }
}
