package org.yichuang.device.idcard.ga467;

import org.yichuang.device.idcard.TextBlock;
import org.yichuang.device.idcard.CardText;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.yichuang.device.idcard.PollSpacing;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;

/**
 * A GA/T 467 reader on a serial line: polls find → select → read no faster than every 300 ms, retries a corrupted
 * reply, and reopens the port when the reader was unplugged, without restarting anything. Reply timeouts follow the
 * baud rate ({@link ReplyTiming}). Each fault is named for what it is: silence, bytes that make no frame (a wrong baud
 * rate), a port the user may not open, a path that does not exist, an error status. Blocks: one platform thread per
 * reader (serial calls are native and pin virtual threads).
 */
public final class Ga467Reader implements IdCardReader {
    /** Opens the link; called again after the reader was unplugged. */
    @FunctionalInterface
    public interface Opener {
        SerialLink open() throws IOException;
    }

    static final int POLL_MILLIS = 300;
    private static final int CORRUPT_RETRIES = 2;

    private final String name;
    private final int baud;
    private final Opener opener;
    private SerialLink link;
    private Ga467Session session;
    private volatile DeviceState state;
    private final PollSpacing polls = new PollSpacing(POLL_MILLIS);
    private final java.util.concurrent.locks.ReentrantLock busy = new java.util.concurrent.locks.ReentrantLock();

    /** A reader at the GA/T 467 default speed, 115200 baud. */
    public Ga467Reader(String name, Opener opener) {
        this(name, 115200, opener);
    }

    /** {@code baud}: the speed the link is opened at (the {@code idcard.baud} setting); reply timeouts follow it. */
    public Ga467Reader(String name, int baud, Opener opener) {
        this.name = name;
        this.baud = baud;
        this.opener = opener;
        this.state = new DeviceState(DeviceState.Family.IDCARD, name, DeviceState.Condition.ABSENT, DeviceState.Reason.NOT_CONNECTED, "");
    }

    @Override
    public DeviceState state() {
        return state;
    }

    @Override
    public CardHolder read(Duration timeout) throws IdCardException {
        return readText(timeout).toApplicant();
    }

    @Override
    public Identity readIdentity(Duration timeout) throws IdCardException {
        CardRead read = readCard(timeout);
        return new Identity(read.text().toApplicant(), read.photo());
    }

    /** Everything on the card, including a permit's pass number and issue count. */
    public CardText readText(Duration timeout) throws IdCardException {
        return readCard(timeout).text();
    }

    private record CardRead(CardText text, byte[] photo) { }

    /** Asks the SAM for its status: answers ABSENT when unplugged, READY when back, without a card on it. */
    @Override
    public DeviceState probe() {
        if (!busy.tryLock()) {
            return state; // a read is under way and says how the reader is
        }
        try {
            if (session == null) {
                open();
            }
            Ga467Session.Exchange status = session.exchange(Command.SAM_STATUS);
            if (fault(status) == null) {
                setState(DeviceState.Condition.READY, DeviceState.Reason.READY, "");
            }
        } catch (IOException e) {
            closeLink();
            openFailed(e);
        } finally {
            busy.unlock();
        }
        return state;
    }

    private CardRead readCard(Duration timeout) throws IdCardException {
        busy.lock();
        try {
            return readCardLocked(timeout);
        } finally {
            busy.unlock();
        }
    }

    private CardRead readCardLocked(Duration timeout) throws IdCardException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IdCardException lastProblem = null;
        while (System.nanoTime() < deadline) {
            try {
                if (session == null) {
                    open();
                }
                polls.await();
                Ga467Session.Exchange found = session.exchange(Command.FIND_CARD);
                IdCardException fault = fault(found);
                if (fault != null) {
                    lastProblem = fault;
                    continue;
                }
                setState(DeviceState.Condition.READY, DeviceState.Reason.READY, "");
                if (found.reply().status() != Status.CARD_FOUND) {
                    continue;
                }
                Optional<CardRead> applicant = selectAndRead();
                if (applicant.isPresent()) {
                    return applicant.get();
                }
                lastProblem = new IdCardException(IdCardException.Reason.READ_FAILED, "the card was not read");
            } catch (IOException e) {
                closeLink();
                lastProblem = openFailed(e);
                if (lastProblem.reason() == IdCardException.Reason.NO_PERMISSION) {
                    throw lastProblem; // a group joined counts only from the next login: waiting cannot help
                }
                PollSpacing.pause(500);
            } catch (Malformed e) {
                throw new IdCardException(IdCardException.Reason.MALFORMED, e.getMessage());
            } catch (Unsupported e) {
                throw IdCardException.unsupported(e.card.edition());
            }
        }
        throw lastProblem != null ? lastProblem
                : new IdCardException(IdCardException.Reason.TIMEOUT, "no card read within " + timeout);
    }

    /**
     * Null when the reader answered normally (a card found or not); otherwise sets the state and answers the fault:
     * silence, bytes that make no frame, or an error status (SW1 SW2 not 00 00, or an SW3 GA/T 467 does not define).
     */
    private IdCardException fault(Ga467Session.Exchange answer) {
        if (answer.garbled()) {
            setState(DeviceState.Condition.FAULT, DeviceState.Reason.WRONG_BAUD, String.valueOf(baud));
            return new IdCardException(IdCardException.Reason.WRONG_BAUD, answer.strayBytes() + " bytes from " + name
                    + " made no GA/T 467 frame at " + baud + " baud (idcard.baud)", List.of(String.valueOf(baud)));
        }
        if (!answer.answered()) {
            setState(DeviceState.Condition.FAULT, DeviceState.Reason.NO_RESPONSE, "");
            return new IdCardException(IdCardException.Reason.SILENT, name + " did not answer");
        }
        Reply reply = answer.reply();
        if (reply.status() == Status.SAM_FAILED) {
            setState(DeviceState.Condition.FAULT, DeviceState.Reason.SELF_TEST_FAILED, "");
            return new IdCardException(IdCardException.Reason.SAM_FAILED, "SAM self-test failed (SW3 60)");
        }
        if (reply.status() == Status.UNKNOWN) {
            String code = "%02X %02X %02X".formatted(reply.sw1(), reply.sw2(), reply.sw3());
            setState(DeviceState.Condition.FAULT, DeviceState.Reason.READER_ERROR, code);
            return new IdCardException(IdCardException.Reason.READER_ERROR, name + " answered status " + code,
                    List.of(code));
        }
        return null;
    }

    /** Sets the state for a port that could not be opened and answers the read's fault. */
    private IdCardException openFailed(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof PortProblem p && p.kind() == PortProblem.Kind.NO_SUCH_PATH) {
            setState(DeviceState.Condition.ABSENT, DeviceState.Reason.NO_SUCH_PORT, p.path());
            return new IdCardException(IdCardException.Reason.NO_SUCH_PORT, message, List.of(p.path()));
        }
        if (e instanceof PortProblem p && p.kind() == PortProblem.Kind.NO_PERMISSION) {
            setState(DeviceState.Condition.ABSENT, DeviceState.Reason.NO_PERMISSION, p.path() + "\t" + p.group());
            return new IdCardException(IdCardException.Reason.NO_PERMISSION, message, List.of(p.path(), p.group()));
        }
        setState(DeviceState.Condition.ABSENT, DeviceState.Reason.OPEN_FAILED, message);
        return new IdCardException(IdCardException.Reason.NO_READER, message);
    }

    private Optional<CardRead> selectAndRead() throws IOException {
        Ga467Session.Exchange selected = session.exchange(Command.SELECT_CARD);
        if (!selected.answered() || selected.reply().status() != Status.SUCCESS) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt <= CORRUPT_RETRIES; attempt++) {
            Ga467Session.Exchange read = session.exchange(Command.READ_TEXT_AND_PHOTO);
            if (!read.answered()) {
                continue; // corrupted or lost on the line: ask again
            }
            if (read.reply().status() != Status.SUCCESS) {
                return Optional.empty(); // the card left mid-read
            }
            ReadReply parts = ReadReply.parse(read.reply().data());
            if (parts == null) {
                continue;
            }
            return switch (TextBlock.decode(parts.text())) {
                case TextBlock.Decoded d -> Optional.of(new CardRead(d.text(), parts.photo()));
                case TextBlock.Malformed m -> throw new Malformed(m.reason());
                case TextBlock.Unsupported u -> throw new Unsupported(u);
            };
        }
        return Optional.empty();
    }

    private void open() throws IOException {
        link = opener.open();
        session = new Ga467Session(link, baud);
    }

    private void closeLink() {
        if (link != null) {
            link.close();
        }
        link = null;
        session = null;
    }

    private void setState(DeviceState.Condition condition, DeviceState.Reason reason, String detail) {
        state = new DeviceState(DeviceState.Family.IDCARD, name, condition, reason, detail);
    }

    private static final class Unsupported extends RuntimeException {
        private final transient TextBlock.Unsupported card;

        Unsupported(TextBlock.Unsupported card) {
            super(null, null, false, false);
            this.card = card;
        }
    }

    private static final class Malformed extends RuntimeException {
        Malformed(String reason) {
            super(reason);
        }
    }
}
