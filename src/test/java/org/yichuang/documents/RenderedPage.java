package org.yichuang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A material's one page as PDFBox renders it, and where on it an image of a given shown size lies: A4 portrait, the
 * image fitted inside 28 pt margins and centred (the layout a material page promises).
 */
record RenderedPage(BufferedImage pixels, double left, double top, double width, double height) {
    private static final float DPI = 144;

    static RenderedPage of(byte[] pdf, int shownWidth, int shownHeight) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(a4.getHeight()).as("portrait A4").isEqualTo(PDRectangle.A4.getHeight());
            BufferedImage pixels = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
            double scale = Math.min((a4.getWidth() - 56) / shownWidth, (a4.getHeight() - 56) / shownHeight) * DPI / 72;
            double w = shownWidth * scale;
            double h = shownHeight * scale;
            return new RenderedPage(pixels, (pixels.getWidth() - w) / 2, (pixels.getHeight() - h) / 2, w, h);
        }
    }

    /** The rendered colour at the centre of the shown image's pixel (x, y), as 0xRRGGBB. */
    int at(double x, double y, int shownWidth, int shownHeight) {
        int px = (int) (left + (x + 0.5) * width / shownWidth);
        int py = (int) (top + (y + 0.5) * height / shownHeight);
        return pixels.getRGB(px, py) & 0xFFFFFF;
    }

    static boolean near(int rgb, int expected, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xFF) - (expected >> shift & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = RenderedPage.class.getResourceAsStream("/field-1/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
