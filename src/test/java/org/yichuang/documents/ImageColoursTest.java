package org.yichuang.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.documents.RenderedPage.near;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.yichuang.device.scan.SimulatedScanner;

/** Greys and colours on a material's page are the values in the file, as a viewer shows them, never lightened. */
class ImageColoursTest {
    private final MaterialPdfs pdfs = new MaterialPdfs();

    @Test
    void an8BitGreyPngWithoutGammaKeepsItsGreys() throws Exception {
        byte[] pdf = pdfs.toPdf("grey.png", RenderedPage.resource("png-gray-8-nogama.png")).pdf();
        RenderedPage page = RenderedPage.of(pdf, 300, 200);
        // the rows at 10, 100 and 190 hold 58, 127 and 197 (a viewer shows them so: no gAMA, no colour profile)
        assertThat(page.at(150, 10, 300, 200)).satisfies(rgb -> assertThat(near(rgb, 0x3A3A3A, 2)).as("%06x", rgb).isTrue());
        assertThat(page.at(150, 100, 300, 200)).satisfies(rgb -> assertThat(near(rgb, 0x7F7F7F, 2)).as("%06x", rgb).isTrue());
        assertThat(page.at(150, 190, 300, 200)).satisfies(rgb -> assertThat(near(rgb, 0xC5C5C5, 2)).as("%06x", rgb).isTrue());
        PDImageXObjectSamples samples = PDImageXObjectSamples.of(pdf);
        assertThat(samples.image().getColorSpace()).isEqualTo(PDDeviceGray.INSTANCE);
        assertThat(samples.bytes()[10 * 300 + 150] & 0xFF).isEqualTo(58);
    }

    @Test
    void sixteenBitGreyGreyWithAlphaAndPaletteKeepTheirValuesWithAlphaOnWhite() throws Exception {
        assertBands(png(grey16(58, 127, 197)), 0x3A3A3A, 0x7F7F7F, 0xC5C5C5);
        // grey 58 opaque, black at half alpha, grey 58 fully transparent: 58, 127 (half-way to white), white
        assertBands(png(greyAlpha(new int[] {58, 255}, new int[] {0, 128}, new int[] {58, 0})), 0x3A3A3A, 0x7F7F7F, 0xFFFFFF);
        IndexColorModel palette = new IndexColorModel(8, 3, new byte[] {58, (byte) 200, 30}, new byte[] {58, 30, 120},
                new byte[] {58, 30, (byte) 200});
        assertBands(png(bands(new BufferedImage(90, 60, BufferedImage.TYPE_BYTE_INDEXED, palette), 0, 1, 2)),
                0x3A3A3A, 0xC81E1E, 0x1E78C8);
        assertBands(png(bands(new BufferedImage(90, 60, BufferedImage.TYPE_INT_RGB), 0xC81E1E, 0x3A3A3A, 0x1E78C8)),
                0xC81E1E, 0x3A3A3A, 0x1E78C8);
    }

    @Test
    void theSimulatedScannersPageKeepsItsGreys() throws Exception {
        byte[] png = new SimulatedScanner(Clock.systemUTC()).scanPage();
        BufferedImage scan = ImageIO.read(new ByteArrayInputStream(png));
        byte[] samples = PDImageXObjectSamples.of(pdfs.toPdf("scan.png", png).pdf()).bytes();
        byte[] scanned = ((java.awt.image.DataBufferByte) scan.getRaster().getDataBuffer()).getData();
        assertThat(samples).isEqualTo(scanned);
        assertThat(scan.getRaster().getSample(41, 600, 0)).as("the frame, drawn in 128 grey").isEqualTo(128);
    }

    private void assertBands(byte[] png, int... expected) throws Exception {
        RenderedPage page = RenderedPage.of(pdfs.toPdf("bands.png", png).pdf(), 90, 60);
        for (int i = 0; i < expected.length; i++) {
            int rgb = page.at(15 + 30 * i, 30, 90, 60);
            assertThat(near(rgb, expected[i], 2)).as("band %d: %06x, expected %06x", i, rgb, expected[i]).isTrue();
        }
    }

    /** Three vertical bands of the given raw pixel values (sample or packed RGB, as the image type takes them). */
    private static BufferedImage bands(BufferedImage image, int... values) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = values[x * values.length / image.getWidth()];
                if (image.getType() == BufferedImage.TYPE_INT_RGB) {
                    image.setRGB(x, y, v);
                } else {
                    image.getRaster().setSample(x, y, 0, v);
                }
            }
        }
        return image;
    }

    private static BufferedImage grey16(int... greys) {
        BufferedImage image = new BufferedImage(90, 60, BufferedImage.TYPE_USHORT_GRAY);
        return bands(image, greys[0] * 257, greys[1] * 257, greys[2] * 257);
    }

    private static BufferedImage greyAlpha(int[]... greyAndAlpha) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(90, 60);
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 90; x++) {
                raster.setPixel(x, y, greyAndAlpha[x / 30]);
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    /** The one image of a material's page and its decoded samples. */
    record PDImageXObjectSamples(PDImageXObject image, byte[] bytes) {
        static PDImageXObjectSamples of(byte[] pdf) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                var resources = document.getPage(0).getResources();
                PDImageXObject image = (PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
                assertThat(image.getBitsPerComponent()).isEqualTo(8);
                return new PDImageXObjectSamples(image, image.getStream().createInputStream().readAllBytes());
            }
        }
    }
}
