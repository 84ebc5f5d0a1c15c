package org.yichuang.device.idcard.ga467;

/**
 * How long to wait for a reply: the reader's own time (reading the card over RF for a read, a moment otherwise) plus the
 * longest reply's time on the wire at the configured speed, 10 bits a byte (8N1: start, 8 data, stop). At 9600 baud a
 * 1,295-byte read reply alone takes 1,349 ms; a fixed timeout cannot fit every speed GA/T 467 allows.
 */
public final class ReplyTiming {
    /** What a reader takes to answer a command that does not touch the card, USB-serial latency included. */
    static final int ANSWER_MILLIS = 600;
    /** What a reader may take to read a card's text and photo before it starts sending. */
    static final int CARD_READ_MILLIS = 1400;

    private ReplyTiming() {
    }

    /** Milliseconds {@code bytes} take on a UART at {@code baud}, rounded up. */
    public static int wireMillis(int bytes, int baud) {
        return (int) ((bytes * 10L * 1000 + baud - 1) / baud);
    }

    /** The reply timeout for {@code command} at {@code baud}. */
    public static int replyMillis(Command command, int baud) {
        return (command.readsCard ? CARD_READ_MILLIS : ANSWER_MILLIS) + wireMillis(command.longestReply, baud);
    }
}
