package org.yichuang.device.idcard.ga467;

import java.util.Arrays;

/** One decoded reply frame: the status words and the data between them and the checksum. */
public record Reply(int sw1, int sw2, int sw3, byte[] data) {
    public Reply {
        data = data.clone();
    }

    public Status status() {
        return sw1 == 0 && sw2 == 0 ? Status.of(sw3) : Status.UNKNOWN;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reply r && r.sw1 == sw1 && r.sw2 == sw2 && r.sw3 == sw3 && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * sw1 + sw2) + sw3) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Reply[%02X %02X %02X, %d data bytes]".formatted(sw1, sw2, sw3, data.length);
    }
}
