package org.yichuang.device.idcard.ga467;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Field report (issue 12): after an idle wipe a heap dump still held the card's whole text block in a 2 KB receive
 * buffer of the serial reader. Every buffer that carried it is zeroed when the exchange is done.
 */
class ReceiveBufferWipeTest {
    /** A text block's bytes (UCS-2, as GA/T 467 carries them): a name and a number that must not stay behind. */
    private static final byte[] TEXT = "张三11010519491231002X".getBytes(StandardCharsets.UTF_16LE);

    /** A link that answers the next command with one read reply carrying {@link #TEXT}. */
    private static final class OneReply implements SerialLink {
        private byte[] pending = new byte[0];

        @Override
        public void write(byte[] bytes) {
            pending = FrameCodec.reply(Status.SUCCESS, TEXT);
        }

        @Override
        public int read(byte[] buffer, int timeoutMillis) {
            int n = Math.min(pending.length, buffer.length);
            System.arraycopy(pending, 0, buffer, 0, n);
            pending = java.util.Arrays.copyOfRange(pending, n, pending.length);
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aSessionKeepsNoByteOfTheReplyOnceItIsHandedOver() throws IOException {
        Ga467Session session = new Ga467Session(new OneReply(), 115200);
        var exchange = session.exchange(Command.READ_TEXT_AND_PHOTO, 500);
        assertThat(exchange.answered()).isTrue();
        assertThat(session.holdsAnything()).as("the serial receive buffer and the frame buffer").isFalse();
    }

    @Test
    void theFrameReaderZeroesWhatItConsumedAndWhatItOutgrew() {
        FrameReader frames = new FrameReader();
        byte[] data = new byte[3000]; // more than the first 2 KB array: the reader grows, and must zero the old one
        System.arraycopy(TEXT, 0, data, 20, TEXT.length);
        byte[] reply = FrameCodec.reply(Status.SUCCESS, data);
        frames.feed(reply);
        assertThat(frames.next()).isInstanceOf(FrameReader.Frame.class);
        assertThat(frames.holdsAnything()).as("consumed, then the array it outgrew").isFalse();
        frames.feed(new byte[] {1, 2, 3});
        frames.clear();
        assertThat(frames.holdsAnything()).isFalse();
    }
}
