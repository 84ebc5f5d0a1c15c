package org.yichuang.device.idcard.ga467;

import java.util.Arrays;

/**
 * Reassembles reply frames from a byte stream that may split, join, corrupt or pad them. Each call to
 * {@link #next()} answers a frame, a typed error (and skips past the bad bytes), or "need more bytes"; it never
 * throws and always makes progress, so a hostile stream cannot hang the reader.
 */
public final class FrameReader {
    /** What {@link #next()} found. */
    public sealed interface Result permits Frame, Error, NeedMore {
    }

    /** A whole, valid frame: its body is everything between LEN and CHK. */
    public record Frame(byte[] body) implements Result {
        /** The body read as a reply: three status words, then data. */
        public Reply reply() {
            return new Reply(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF, Arrays.copyOfRange(body, 3, body.length));
        }
    }

    /** Bytes that are not a valid frame were dropped. */
    public record Error(Kind kind, int droppedBytes) implements Result {
    }

    /** Not enough bytes yet. */
    public record NeedMore() implements Result {
    }

    /** Why bytes were dropped. */
    public enum Kind { GARBAGE, BAD_LENGTH, BAD_CHECKSUM }

    private static final NeedMore NEED_MORE = new NeedMore();
    private final int minLen;
    private byte[] buffer = new byte[2048];
    private int size;

    /** A reader of replies (LEN at least 4: three status words and CHK). */
    public FrameReader() {
        this(4);
    }

    /** {@code minLen} 3 reads requests: CMD, PARA and CHK. */
    public FrameReader(int minLen) {
        this.minLen = minLen;
    }

    public void feed(byte[] bytes, int offset, int length) {
        if (size + length > buffer.length) {
            byte[] old = buffer;
            buffer = Arrays.copyOf(old, Math.max(old.length * 2, size + length));
            Arrays.fill(old, (byte) 0); // the bytes may be a card's text block: no copy is left behind
        }
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    /**
     * Forgets buffered bytes, e.g. after a timeout, so a late half-frame cannot join the next reply; they are zeroed,
     * as a card's text block (name, number, address) must not outlive its read.
     */
    public void clear() {
        Arrays.fill(buffer, (byte) 0);
        size = 0;
    }

    /** Whether any byte is still held, anywhere in the buffer (for tests of the wipe). */
    boolean holdsAnything() {
        for (byte b : buffer) {
            if (b != 0) {
                return true;
            }
        }
        return false;
    }

    public int buffered() {
        return size;
    }

    public Result next() {
        int start = preamble();
        if (start > 0) {
            drop(start);
            return new Error(Kind.GARBAGE, start);
        }
        if (start < 0) { // keep a possible partial preamble at the end, drop the rest
            int keep = partialPreambleAtEnd();
            int dropped = size - keep;
            drop(dropped);
            return dropped > 0 ? new Error(Kind.GARBAGE, dropped) : NEED_MORE;
        }
        if (size < 7) {
            return NEED_MORE;
        }
        int len = (buffer[5] & 0xFF) << 8 | buffer[6] & 0xFF;
        if (len < minLen || len > FrameCodec.MAX_LEN) {
            drop(1); // resynchronise on the next preamble
            return new Error(Kind.BAD_LENGTH, 1);
        }
        if (size < 7 + len) {
            return NEED_MORE;
        }
        int end = 7 + len;
        if (FrameCodec.xor(buffer, 5, end - 1) != (buffer[end - 1] & 0xFF)) {
            drop(1);
            return new Error(Kind.BAD_CHECKSUM, 1);
        }
        byte[] body = Arrays.copyOfRange(buffer, 7, end - 1);
        drop(end);
        return new Frame(body);
    }

    private int preamble() {
        outer:
        for (int i = 0; i + 5 <= size; i++) {
            for (int j = 0; j < 5; j++) {
                if (buffer[i + j] != FrameCodec.PREAMBLE[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private int partialPreambleAtEnd() {
        for (int keep = Math.min(4, size); keep > 0; keep--) {
            if (Arrays.equals(buffer, size - keep, size, FrameCodec.PREAMBLE, 0, keep)) {
                return keep;
            }
        }
        return 0;
    }

    private void drop(int n) {
        System.arraycopy(buffer, n, buffer, 0, size - n);
        Arrays.fill(buffer, size - n, size, (byte) 0); // what was consumed leaves no copy at the end of the array
        size -= n;
    }
}
