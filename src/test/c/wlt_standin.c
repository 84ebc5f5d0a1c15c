/*
 * A stand-in for a reader vendor's WLT decoder (libwlt2bmp: int unpack(char *wlt, char *bmp, int save)), for tests
 * only. It does not decode anything: it accepts a 1024-byte "photo" starting with 'W' and paints a 102x126 24-bit BMP
 * in the colour given by bytes 1-3 (R, G, B), so the test can check the pixels that come back. Anything else fails.
 */
#include <string.h>

int unpack(unsigned char *src, unsigned char *dst, int save) {
    (void) save;
    if (src[0] != 'W') return -1;
    const int w = 102, h = 126, row = 308; /* 102 * 3 = 306, padded to 4 */
    const int data = row * h, size = 54 + data;
    memset(dst, 0, size);
    dst[0] = 'B'; dst[1] = 'M';
    dst[2] = size & 0xFF; dst[3] = (size >> 8) & 0xFF; dst[4] = (size >> 16) & 0xFF;
    dst[10] = 54; dst[14] = 40;
    dst[18] = w; dst[22] = h;
    dst[26] = 1; dst[28] = 24;
    dst[34] = data & 0xFF; dst[35] = (data >> 8) & 0xFF; dst[36] = (data >> 16) & 0xFF;
    for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
            unsigned char *p = dst + 54 + y * row + x * 3;
            p[0] = src[3]; p[1] = src[2]; p[2] = src[1]; /* BGR */
        }
    }
    return 1;
}
