package org.yichuang.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The marker segments of a JPEG before its scan data, walked only to leave out the EXIF segment. */
final class JpegSegments {
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;

    private JpegSegments() {
    }

    /**
     * The JPEG without its EXIF APP1 segment; everything else, the compressed image above all, byte for byte. The
     * orientation is on the page instead, and camera data (place, time, device) is not archived. A JPEG whose
     * segments do not parse is returned as it is; the decoder then judges it.
     */
    static byte[] withoutExif(byte[] jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2); // SOI
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xFF) {
            int marker = jpeg[at + 1] & 0xff;
            if (marker == 0xFF) { // fill byte
                out.write(0xFF);
                at++;
                continue;
            }
            if (marker == SOS || marker == 0xD9 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                break;
            }
            int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
            if (length < 2 || at + 2 + length > jpeg.length) {
                return jpeg;
            }
            boolean exif = marker == APP1 && length >= 2 + EXIF.length
                    && Arrays.equals(jpeg, at + 4, at + 4 + EXIF.length, EXIF, 0, EXIF.length);
            if (!exif) {
                out.write(jpeg, at, 2 + length);
            }
            at += 2 + length;
        }
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }
}
