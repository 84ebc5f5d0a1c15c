package org.yichuang.device.idcard.ga467;

import java.io.IOException;
import java.util.Optional;

/** One command and its reply over a link: stale bytes are dropped first, noise and broken frames skipped. */
final class Ga467Session {
    private final SerialLink link;
    private final FrameReader frames = new FrameReader();
    private final byte[] buffer = new byte[4096];

    Ga467Session(SerialLink link) {
        this.link = link;
    }

    /** The reply to {@code command}, or empty when no valid reply came within {@code timeoutMillis}. */
    Optional<Reply> exchange(Command command, int timeoutMillis) throws IOException {
        frames.clear();
        while (link.read(buffer, 0) > 0) { // drain, without waiting, what a previous abandoned exchange left
            frames.clear();
        }
        link.write(FrameCodec.request(command));
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            FrameReader.Result result = frames.next();
            if (result instanceof FrameReader.Frame frame && frame.body().length >= 3) {
                return Optional.of(frame.reply());
            }
            if (result instanceof FrameReader.NeedMore) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return Optional.empty();
                }
                int n = link.read(buffer, (int) Math.min(left, 100));
                frames.feed(buffer, 0, n);
            }
        }
    }
}
