package org.yichuang.domain.digest;

/**
 * The SM3 hash (GB/T 32905-2016), which government systems use for digests of materials. No provider in the
 * JDK offers it, and it is short enough to keep here rather than pull in a cryptography library (ADR 0009).
 */
public final class Sm3 {
    private static final int[] IV = {0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa,
            0xe38dee4d, 0xb0fb0e4e};

    private Sm3() {
    }

    public static byte[] digest(byte[] message) {
        int[] v = IV.clone();
        long bitLength = (long) message.length * 8;
        int padded = ((message.length + 9 + 63) / 64) * 64;
        byte[] block = new byte[64];
        for (int offset = 0; offset < padded; offset += 64) {
            for (int i = 0; i < 64; i++) {
                int at = offset + i;
                block[i] = at < message.length ? message[at] : at == message.length ? (byte) 0x80 : 0;
            }
            if (offset + 64 == padded) {
                for (int i = 0; i < 8; i++) {
                    block[56 + i] = (byte) (bitLength >>> (56 - 8 * i));
                }
            }
            compress(v, block);
        }
        byte[] out = new byte[32];
        for (int i = 0; i < 8; i++) {
            out[4 * i] = (byte) (v[i] >>> 24);
            out[4 * i + 1] = (byte) (v[i] >>> 16);
            out[4 * i + 2] = (byte) (v[i] >>> 8);
            out[4 * i + 3] = (byte) v[i];
        }
        return out;
    }

    private static void compress(int[] v, byte[] block) {
        int[] w = new int[68];
        for (int i = 0; i < 16; i++) {
            w[i] = (block[4 * i] & 0xff) << 24 | (block[4 * i + 1] & 0xff) << 16 | (block[4 * i + 2] & 0xff) << 8
                    | block[4 * i + 3] & 0xff;
        }
        for (int i = 16; i < 68; i++) {
            w[i] = p1(w[i - 16] ^ w[i - 9] ^ Integer.rotateLeft(w[i - 3], 15)) ^ Integer.rotateLeft(w[i - 13], 7) ^ w[i - 6];
        }
        int a = v[0], b = v[1], c = v[2], d = v[3], e = v[4], f = v[5], g = v[6], h = v[7];
        for (int j = 0; j < 64; j++) {
            int t = j < 16 ? 0x79cc4519 : 0x7a879d8a;
            int ss1 = Integer.rotateLeft(Integer.rotateLeft(a, 12) + e + Integer.rotateLeft(t, j % 32), 7);
            int ss2 = ss1 ^ Integer.rotateLeft(a, 12);
            int w1 = w[j] ^ w[j + 4];
            int tt1 = (j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c)) + d + ss2 + w1;
            int tt2 = (j < 16 ? e ^ f ^ g : (e & f) | (~e & g)) + h + ss1 + w[j];
            d = c;
            c = Integer.rotateLeft(b, 9);
            b = a;
            a = tt1;
            h = g;
            g = Integer.rotateLeft(f, 19);
            f = e;
            e = p0(tt2);
        }
        v[0] ^= a; v[1] ^= b; v[2] ^= c; v[3] ^= d; v[4] ^= e; v[5] ^= f; v[6] ^= g; v[7] ^= h;
    }

    private static int p0(int x) {
        return x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
    }

    private static int p1(int x) {
        return x ^ Integer.rotateLeft(x, 15) ^ Integer.rotateLeft(x, 23);
    }
}
