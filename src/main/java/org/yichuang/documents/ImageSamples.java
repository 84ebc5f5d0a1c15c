package org.yichuang.documents;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Decoded pixels as a PDF image with the values the file holds, the way a viewer shows them: grey stays DeviceGray
 * and colour DeviceRGB with the raw samples (never through Java's linear-grey colour space, which turns 58 into 131),
 * 16-bit samples become 8-bit, palettes are looked up, and alpha is flattened onto white in the image's own values.
 */
final class ImageSamples {
    private ImageSamples() {
    }

    static PDImageXObject of(PDDocument document, BufferedImage image) throws IOException {
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        boolean grey = isGrey(model);
        int channels = grey ? 1 : 3;
        int bands = raster.getNumBands();
        int[] max = new int[bands];
        for (int b = 0; b < bands; b++) {
            max[b] = (1 << raster.getSampleModel().getSampleSize(b)) - 1;
        }
        int[] row = new int[width * bands];
        int[] rgba = new int[4];
        byte[] samples = new byte[width * height * channels];
        int out = 0;
        for (int y = 0; y < height; y++) {
            raster.getPixels(0, y, width, 1, row);
            for (int x = 0; x < width; x++) {
                pixel(model, row, x * bands, max, rgba);
                for (int c = 0; c < channels; c++) {
                    samples[out++] = (byte) ((rgba[c] * rgba[3] + 255 * (255 - rgba[3]) + 127) / 255);
                }
            }
        }
        return new PDImageXObject(document, new ByteArrayInputStream(deflated(samples)), COSName.FLATE_DECODE, width,
                height, 8, grey ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE);
    }

    /** The pixel at {@code at} as 8-bit red, green, blue and alpha (grey in red when there is one colour). */
    private static void pixel(ColorModel model, int[] row, int at, int[] max, int[] rgba) {
        if (model instanceof IndexColorModel palette) {
            int index = row[at];
            rgba[0] = palette.getRed(index);
            rgba[1] = palette.getGreen(index);
            rgba[2] = palette.getBlue(index);
            rgba[3] = palette.getAlpha(index);
            return;
        }
        int colours = model.getNumColorComponents();
        for (int c = 0; c < 3; c++) {
            int band = colours == 1 ? 0 : c;
            rgba[c] = scaled(row[at + band], max[band]);
        }
        rgba[3] = model.hasAlpha() ? scaled(row[at + colours], max[colours]) : 255;
    }

    private static int scaled(int sample, int max) {
        return max == 255 ? sample : (int) (((long) sample * 255 + max / 2) / max);
    }

    private static boolean isGrey(ColorModel model) {
        if (model instanceof IndexColorModel palette) {
            for (int i = 0; i < palette.getMapSize(); i++) {
                if (palette.getRed(i) != palette.getGreen(i) || palette.getGreen(i) != palette.getBlue(i)) {
                    return false;
                }
            }
            return true;
        }
        return model.getNumColorComponents() == 1;
    }

    private static byte[] deflated(byte[] samples) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(samples.length / 4 + 64);
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(samples);
        }
        return out.toByteArray();
    }
}
