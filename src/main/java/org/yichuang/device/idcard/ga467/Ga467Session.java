package org.yichuang.device.idcard.ga467;

import java.io.IOException;

/** One command and its reply over a link: stale bytes are dropped first, noise and broken frames skipped. */
final class Ga467Session {
    /** The reply, or none; {@code strayBytes} counts bytes that made no valid frame (0 with no reply: silence). */
    record Exchange(Reply reply, int strayBytes) {
        boolean answered() {
            return reply != null;
        }

        /** Bytes came, but never a frame: at a wrong baud rate every reply looks like this. */
        boolean garbled() {
            return reply == null && strayBytes > 0;
        }
    }

    private final SerialLink link;
    private final int baud;
    private final FrameReader frames = new FrameReader();
    private final byte[] buffer = new byte[4096];

    Ga467Session(SerialLink link, int baud) {
        this.link = link;
        this.baud = baud;
    }

    /** The reply to {@code command} within its timeout at this link's baud rate ({@link ReplyTiming}). */
    Exchange exchange(Command command) throws IOException {
        return exchange(command, ReplyTiming.replyMillis(command, baud));
    }

    /**
     * The reply to {@code command}, waiting at most {@code timeoutMillis} for it. The receive buffers are zeroed after
     * each exchange: a read carries the card's text block, which must not stay in memory after the session.
     */
    Exchange exchange(Command command, int timeoutMillis) throws IOException {
        try {
            return receive(command, timeoutMillis);
        } finally {
            java.util.Arrays.fill(buffer, (byte) 0);
            frames.clear();
        }
    }

    /** Whether a receive buffer still holds a byte (for tests of the wipe). */
    boolean holdsAnything() {
        for (byte b : buffer) {
            if (b != 0) {
                return true;
            }
        }
        return frames.holdsAnything();
    }

    private Exchange receive(Command command, int timeoutMillis) throws IOException {
        frames.clear();
        while (link.read(buffer, 0) > 0) { // drain, without waiting, what a previous abandoned exchange left
            frames.clear();
        }
        link.write(FrameCodec.request(command));
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        int stray = 0;
        while (true) {
            FrameReader.Result result = frames.next();
            if (result instanceof FrameReader.Frame frame && frame.body().length >= 3) {
                return new Exchange(frame.reply(), stray);
            }
            if (result instanceof FrameReader.Error error) {
                stray += error.droppedBytes();
            }
            if (result instanceof FrameReader.NeedMore) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return new Exchange(null, stray + frames.buffered());
                }
                int n = link.read(buffer, (int) Math.min(left, 100));
                frames.feed(buffer, 0, n);
            }
        }
    }
}
