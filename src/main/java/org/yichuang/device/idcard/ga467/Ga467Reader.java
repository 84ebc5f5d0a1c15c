package org.yichuang.device.idcard.ga467;

import org.yichuang.device.idcard.TextBlock;
import org.yichuang.device.idcard.CardText;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.yichuang.device.idcard.PollSpacing;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;

/**
 * A GA/T 467 reader on a serial line: polls find → select → read no faster than every 300 ms, retries a corrupted
 * reply, and reopens the port when the reader was unplugged, without restarting anything. Blocks: one platform thread
 * per reader (serial calls are native and pin virtual threads).
 */
public final class Ga467Reader implements IdCardReader {
    /** Opens the link; called again after the reader was unplugged. */
    @FunctionalInterface
    public interface Opener {
        SerialLink open() throws IOException;
    }

    static final int POLL_MILLIS = 300;
    private static final int REPLY_MILLIS = 600;
    private static final int READ_REPLY_MILLIS = 1500;
    private static final int CORRUPT_RETRIES = 2;

    private final String name;
    private final Opener opener;
    private SerialLink link;
    private Ga467Session session;
    private volatile DeviceState state;
    private final PollSpacing polls = new PollSpacing(POLL_MILLIS);
    private final java.util.concurrent.locks.ReentrantLock busy = new java.util.concurrent.locks.ReentrantLock();

    public Ga467Reader(String name, Opener opener) {
        this.name = name;
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

    private record CardRead(CardText text, byte[] photo) {
    }

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
            Optional<Reply> status = session.exchange(Command.SAM_STATUS, REPLY_MILLIS);
            if (status.isEmpty()) {
                setState(DeviceState.Condition.FAULT, DeviceState.Reason.NO_RESPONSE, "");
            } else if (status.get().status() == Status.SAM_FAILED) {
                setState(DeviceState.Condition.FAULT, DeviceState.Reason.SELF_TEST_FAILED, "");
            } else {
                setState(DeviceState.Condition.READY, DeviceState.Reason.READY, "");
            }
        } catch (IOException e) {
            closeLink();
            setState(DeviceState.Condition.ABSENT, DeviceState.Reason.OPEN_FAILED, e.getMessage());
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
        IdCardException.Reason lastProblem = IdCardException.Reason.TIMEOUT;
        while (System.nanoTime() < deadline) {
            try {
                if (session == null) {
                    open();
                }
                polls.await();
                Optional<Reply> found = session.exchange(Command.FIND_CARD, REPLY_MILLIS);
                if (found.isEmpty()) {
                    setState(DeviceState.Condition.FAULT, DeviceState.Reason.NO_RESPONSE, "");
                    lastProblem = IdCardException.Reason.SILENT;
                    continue;
                }
                setState(DeviceState.Condition.READY, DeviceState.Reason.READY, "");
                if (found.get().status() == Status.SAM_FAILED) {
                    setState(DeviceState.Condition.FAULT, DeviceState.Reason.SELF_TEST_FAILED, "");
                    lastProblem = IdCardException.Reason.SAM_FAILED;
                    continue;
                }
                if (found.get().status() != Status.CARD_FOUND) {
                    continue;
                }
                Optional<CardRead> applicant = selectAndRead();
                if (applicant.isPresent()) {
                    return applicant.get();
                }
                lastProblem = IdCardException.Reason.READ_FAILED;
            } catch (IOException e) {
                closeLink();
                setState(DeviceState.Condition.ABSENT, DeviceState.Reason.OPEN_FAILED, e.getMessage());
                lastProblem = IdCardException.Reason.NO_READER;
                PollSpacing.pause(500);
            } catch (Malformed e) {
                throw new IdCardException(IdCardException.Reason.MALFORMED, e.getMessage());
            } catch (Unsupported e) {
                throw IdCardException.unsupported(e.card.edition());
            }
        }
        throw new IdCardException(lastProblem, "no card read within " + timeout);
    }

    private Optional<CardRead> selectAndRead() throws IOException {
        Optional<Reply> selected = session.exchange(Command.SELECT_CARD, REPLY_MILLIS);
        if (selected.isEmpty() || selected.get().status() != Status.SUCCESS) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt <= CORRUPT_RETRIES; attempt++) {
            Optional<Reply> read = session.exchange(Command.READ_TEXT_AND_PHOTO, READ_REPLY_MILLIS);
            if (read.isEmpty()) {
                continue; // corrupted or lost on the line: ask again
            }
            if (read.get().status() != Status.SUCCESS) {
                return Optional.empty(); // the card left mid-read
            }
            ReadReply parts = ReadReply.parse(read.get().data());
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
        session = new Ga467Session(link);
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
