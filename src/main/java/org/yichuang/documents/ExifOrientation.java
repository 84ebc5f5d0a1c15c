package org.yichuang.documents;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.util.Matrix;

/**
 * The EXIF orientation of a photo (1 as stored … 8), read by metadata-extractor, and the page matrix that shows the
 * stored pixels the way a viewer does, so the image bytes need no re-encoding. Unreadable EXIF counts as 1, as it
 * does for viewers.
 */
record ExifOrientation(int value) {
    /** Per orientation, where a stored point (u, v) of the unit square lands: X = xu·u + xv·v + x1, Y likewise. */
    private static final int[][] PLACEMENT = {
        {1, 0, 0, 0, 1, 0}, {-1, 0, 1, 0, 1, 0}, {-1, 0, 1, 0, -1, 1}, {1, 0, 0, 0, -1, 1},
        {0, -1, 1, -1, 0, 1}, {0, 1, 0, -1, 0, 1}, {0, 1, 0, 1, 0, 0}, {0, -1, 1, 1, 0, 0}};
    static final ExifOrientation UPRIGHT = new ExifOrientation(1);

    ExifOrientation {
        if (value < 1 || value > 8) {
            throw new IllegalArgumentException("EXIF orientation " + value);
        }
    }

    static ExifOrientation ofJpeg(byte[] jpeg) {
        try {
            return of(JpegMetadataReader.readMetadata(new ByteArrayInputStream(jpeg), List.of(new ExifReader())));
        } catch (Exception e) { // damaged EXIF: viewers show the pixels as stored
            return UPRIGHT;
        }
    }

    /** A PNG's orientation is in its eXIf chunk (PNG 1.2 extensions), which browsers honour. */
    static ExifOrientation ofPng(byte[] png) {
        try {
            ByteBuffer b = ByteBuffer.wrap(png);
            for (int at = 8; at + 12 <= png.length; ) {
                int length = b.getInt(at);
                String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
                if (length < 0 || at + 12L + length > png.length || type.equals("IDAT")) {
                    return UPRIGHT;
                }
                if (type.equals("eXIf")) {
                    Metadata metadata = new Metadata();
                    new ExifReader().extract(new ByteArrayReader(Arrays.copyOfRange(png, at + 8, at + 8 + length)), metadata);
                    return of(metadata);
                }
                at += 12 + length;
            }
        } catch (Exception e) {
            return UPRIGHT;
        }
        return UPRIGHT;
    }

    private static ExifOrientation of(Metadata metadata) throws Exception {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            return UPRIGHT;
        }
        int value = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
        return value >= 1 && value <= 8 ? new ExifOrientation(value) : UPRIGHT;
    }

    /** Orientations 5 to 8 turn the image a quarter: the width shown is the height stored. */
    boolean turnsQuarter() {
        return value >= 5;
    }

    /** The matrix that draws the stored image upright into the box (x, y, width, height) as shown. */
    Matrix onPage(float x, float y, float width, float height) {
        int[] p = PLACEMENT[value - 1];
        return new Matrix(width * p[0], height * p[3], width * p[1], height * p[4],
                x + width * p[2], y + height * p[5]);
    }
}
