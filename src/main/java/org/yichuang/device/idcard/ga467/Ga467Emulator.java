package org.yichuang.device.idcard.ga467;

import org.yichuang.device.idcard.TextBlock;
import org.yichuang.device.idcard.CardText;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A GA/T 467 reader in software, serving specimen cards on one end of a link (a pty pair for tests and demos).
 * Behaves like the hardware: find fails with no card, and after a read until the card has left the field.
 * Faults on demand: silence, corrupted replies, a card pulled away mid-read, a wrong baud rate, an error status; and the
 * timing of a real reader: its speed on the wire and the time it takes to read a card.
 */
public final class Ga467Emulator implements AutoCloseable {
    private static final byte[] PHOTO = new byte[1024]; // WLT data is opaque: zeros stand in, never a made-up photo
    private final SerialLink link;
    private final AtomicReference<byte[]> card = new AtomicReference<>(); // the 256-byte text block on the reader
    private final AtomicInteger corruptNext = new AtomicInteger();
    private volatile boolean readDone;
    private volatile boolean silent;
    private volatile boolean pullOnRead;
    private volatile int baud;
    private volatile int cardReadMillis;
    private volatile boolean wrongBaud;
    private volatile byte[] errorStatus; // SW1 SW2 SW3 every command is answered with, or null
    private final Thread loop;
    private final java.util.Queue<Long> finds = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public Ga467Emulator(SerialLink link) {
        this.link = link;
        this.loop = Thread.ofPlatform().daemon().name("ga467-emulator").start(this::serve);
    }

    public void placeCard(CardText text) {
        placeRawText(TextBlock.encode(text));
    }

    /** A card whose text block is given byte for byte: an edition or a fault the encoder does not make. */
    public void placeRawText(byte[] block) {
        readDone = false;
        card.set(block.clone());
    }

    public void removeCard() {
        card.set(null);
        readDone = false;
    }

    /** The reader stops answering (a hung reader, a cut TX line). */
    public void silent(boolean value) {
        silent = value;
    }

    /** The next {@code n} replies have a wrong checksum, as line noise would give. */
    public void corruptReplies(int n) {
        corruptNext.set(n);
    }

    /** Replies take as long as they would on a UART at {@code baud} (10 bits a byte); 0 sends at once (a pty). */
    public void pace(int baud) {
        this.baud = baud;
    }

    /** The reader takes {@code millis} to read the card (RF) before it starts sending a read reply. */
    public void cardReadMillis(int millis) {
        this.cardReadMillis = millis;
    }

    /** Replies arrive as a UART at another baud rate delivers them: bytes, but never a frame. */
    public void wrongBaud(boolean value) {
        wrongBaud = value;
    }

    /** Every command is answered with this status (GA/T 467 SW1 SW2 SW3), as a faulty reader does. */
    public void answerWithStatus(int sw1, int sw2, int sw3) {
        errorStatus = new byte[] {(byte) sw1, (byte) sw2, (byte) sw3};
    }

    /** When each find-card command arrived ({@link System#nanoTime()}), oldest first: to check poll spacing. */
    public java.util.List<Long> findTimes() {
        return java.util.List.copyOf(finds);
    }

    /** The card leaves the field while it is being read. */
    public void pullCardDuringRead() {
        pullOnRead = true;
    }

    private void serve() {
        FrameReader requests = new FrameReader(3);
        byte[] buffer = new byte[512];
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int n = link.read(buffer, 200);
                requests.feed(buffer, 0, n);
                for (FrameReader.Result r = requests.next(); !(r instanceof FrameReader.NeedMore); r = requests.next()) {
                    if (r instanceof FrameReader.Frame f && f.body().length == 2 && !silent) {
                        send(reply(f.body()[0] & 0xFF, f.body()[1] & 0xFF));
                    }
                }
            }
        } catch (IOException e) {
            // the other end closed: the emulated reader is unplugged
        }
    }

    private byte[] reply(int cmd, int para) {
        byte[] status = errorStatus;
        if (status != null) {
            byte[] frame = FrameCodec.reply(Status.SUCCESS, new byte[0]);
            System.arraycopy(status, 0, frame, 7, 3);
            frame[frame.length - 1] = (byte) FrameCodec.xor(frame, 5, frame.length - 1);
            return frame;
        }
        if (cmd == 0x30 && cardReadMillis > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(cardReadMillis * 1_000_000L);
        }
        byte[] reply = answer(cmd, para);
        return wrongBaud ? misclocked(reply) : reply;
    }

    /**
     * What a host at 115200 baud makes of a reader sending at 9600 (or the other way round): about one byte per
     * character, mostly framing errors read as 00, 80, F8 or FE; never the preamble.
     */
    private static byte[] misclocked(byte[] reply) {
        byte[] noise = new byte[reply.length];
        byte[] seen = {0x00, (byte) 0x80, (byte) 0xF8, (byte) 0xFE, 0x78, (byte) 0xE0};
        for (int i = 0; i < noise.length; i++) {
            noise[i] = seen[(reply[i] & 0xFF) % seen.length];
        }
        return noise;
    }

    private byte[] answer(int cmd, int para) {
        byte[] present = card.get();
        if (cmd == 0x20 && para == 0x01) {
            finds.add(System.nanoTime());
            return present != null && !readDone ? FrameCodec.reply(Status.CARD_FOUND, new byte[4])
                    : FrameCodec.reply(Status.FIND_FAILED, new byte[0]);
        }
        if (cmd == 0x20 && para == 0x02) {
            return present != null ? FrameCodec.reply(Status.SUCCESS, new byte[8]) : FrameCodec.reply(Status.SELECT_FAILED, new byte[0]);
        }
        if (cmd == 0x30 && para == 0x01) {
            if (pullOnRead) {
                pullOnRead = false;
                removeCard();
                return FrameCodec.reply(Status.READ_FAILED, new byte[0]);
            }
            if (present == null) {
                return FrameCodec.reply(Status.READ_FAILED, new byte[0]);
            }
            byte[] reply = FrameCodec.reply(Status.SUCCESS, ReadReply.encode(present, PHOTO));
            if (corruptNext.getAndUpdate(c -> Math.max(0, c - 1)) > 0) {
                reply[reply.length - 1] ^= 0x5A;
                return reply;
            }
            readDone = true;
            return reply;
        }
        if (cmd == 0x11) {
            return FrameCodec.reply(Status.SUCCESS, new byte[0]);
        }
        return FrameCodec.reply(Status.SAM_FAILED, new byte[0]); // unknown command
    }

    private void send(byte[] reply) {
        if (baud > 0) {
            long nanos = reply.length * 10L * 1_000_000_000L / baud;
            java.util.concurrent.locks.LockSupport.parkNanos(nanos);
        }
        try {
            link.write(reply);
        } catch (IOException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        loop.interrupt();
        link.close();
    }
}
