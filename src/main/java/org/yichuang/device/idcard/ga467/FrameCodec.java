package org.yichuang.device.idcard.ga467;

/**
 * GA/T 467 framing: {@code AA AA AA 96 69 | LEN (2, big-endian) | body | CHK}. LEN counts every byte after itself,
 * CHK included; CHK is the XOR of the LEN bytes and the body. Pure functions over bytes, no I/O.
 */
public final class FrameCodec {
    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** The longest legitimate reply (text, photo and fingerprint) is 2321 bytes; anything far past it is noise. */
    static final int MAX_LEN = 4096;

    private FrameCodec() {
    }

    public static byte[] request(Command command) {
        byte[] frame = new byte[10];
        System.arraycopy(PREAMBLE, 0, frame, 0, 5);
        frame[5] = 0;
        frame[6] = 3;
        frame[7] = (byte) command.cmd;
        frame[8] = (byte) command.para;
        frame[9] = (byte) xor(frame, 5, 9);
        return frame;
    }

    /** Encodes a reply; used by the device emulator and by tests. */
    public static byte[] reply(Status status, byte[] data) {
        int len = 3 + data.length + 1;
        byte[] frame = new byte[7 + len];
        System.arraycopy(PREAMBLE, 0, frame, 0, 5);
        frame[5] = (byte) (len >> 8);
        frame[6] = (byte) len;
        frame[9] = (byte) status.code;
        System.arraycopy(data, 0, frame, 10, data.length);
        frame[frame.length - 1] = (byte) xor(frame, 5, frame.length - 1);
        return frame;
    }

    static int xor(byte[] bytes, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i] & 0xFF;
        }
        return x;
    }
}
