package org.yichuang.device.idcard.ga467;

import org.yichuang.device.idcard.TextBlock;

import java.util.Arrays;

/** The data of a successful read (30 01): text length, photo length (both big-endian), text, photo. */
record ReadReply(byte[] text, byte[] photo) {
    /** Splits the data; null when the lengths do not add up. */
    static ReadReply parse(byte[] data) {
        if (data.length < 4) {
            return null;
        }
        int textLength = (data[0] & 0xFF) << 8 | data[1] & 0xFF;
        int photoLength = (data[2] & 0xFF) << 8 | data[3] & 0xFF;
        if (textLength != TextBlock.LENGTH || 4 + textLength + photoLength > data.length) {
            return null;
        }
        return new ReadReply(Arrays.copyOfRange(data, 4, 4 + textLength),
                Arrays.copyOfRange(data, 4 + textLength, 4 + textLength + photoLength));
    }

    static byte[] encode(byte[] text, byte[] photo) {
        byte[] data = new byte[4 + text.length + photo.length];
        data[0] = (byte) (text.length >> 8);
        data[1] = (byte) text.length;
        data[2] = (byte) (photo.length >> 8);
        data[3] = (byte) photo.length;
        System.arraycopy(text, 0, data, 4, text.length);
        System.arraycopy(photo, 0, data, 4 + text.length, photo.length);
        return data;
    }
}
