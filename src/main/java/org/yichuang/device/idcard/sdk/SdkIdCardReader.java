package org.yichuang.device.idcard.sdk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import org.yichuang.device.idcard.PollSpacing;
import org.yichuang.device.idcard.CardText;
import org.yichuang.device.idcard.TextBlock;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;

/**
 * A USB reader through its vendor's sdtapi library (FFM). Finds the device by scanning ports 1001-1016 (USB), then
 * 1-16 (serial), polls no faster than every 300 ms, and finds the device again after it was unplugged.
 */
public final class SdkIdCardReader implements IdCardReader {
    private static final int[] PORTS = IntStream.concat(IntStream.rangeClosed(1001, 1016), IntStream.rangeClosed(1, 16)).toArray();
    private final SdtapiLibrary library;
    private final String name;
    private volatile DeviceState state;
    private int port;
    private final PollSpacing polls = new PollSpacing(300);
    private final java.util.concurrent.locks.ReentrantLock busy = new java.util.concurrent.locks.ReentrantLock();

    public SdkIdCardReader(Path libraryPath) {
        if (!Files.isReadable(libraryPath)) {
            throw new IllegalArgumentException("the reader library " + libraryPath + " does not exist or cannot be read");
        }
        this.library = new SdtapiLibrary(libraryPath);
        this.name = "SDK " + libraryPath.getFileName();
        this.state = state(DeviceState.Condition.ABSENT, DeviceState.Reason.NOT_FOUND, "");
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
        byte[] photo = new byte[1024];
        CardText text = readInto(timeout, photo);
        return new Identity(text.toApplicant(), photo);
    }

    public CardText readText(Duration timeout) throws IdCardException {
        return readInto(timeout, new byte[1024]);
    }

    /** Finds the device again if it went away, or checks it still answers; never waits for a read under way. */
    @Override
    public DeviceState probe() {
        if (!busy.tryLock()) {
            return state;
        }
        try {
            if (port == 0) {
                findDevice();
            } else {
                int found = library.find(port);
                if (found != SdtapiLibrary.FOUND && found != 0x80) {
                    library.closePort(port);
                    port = 0;
                    findDevice();
                }
            }
        } finally {
            busy.unlock();
        }
        return state;
    }

    private CardText readInto(Duration timeout, byte[] photo) throws IdCardException {
        busy.lock();
        try {
            return readIntoLocked(timeout, photo);
        } finally {
            busy.unlock();
        }
    }

    private CardText readIntoLocked(Duration timeout, byte[] photo) throws IdCardException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IdCardException.Reason lastProblem = IdCardException.Reason.TIMEOUT;
        while (System.nanoTime() < deadline) {
            polls.await();
            if (port == 0 && !findDevice()) {
                lastProblem = IdCardException.Reason.NO_READER;
                continue;
            }
            int found = library.find(port);
            if (found != SdtapiLibrary.FOUND && found != 0x80) { // neither "found" nor "no card": the device went away
                library.closePort(port);
                port = 0;
                state = state(DeviceState.Condition.ABSENT, DeviceState.Reason.DISCONNECTED, "");
                lastProblem = IdCardException.Reason.NO_READER;
                continue;
            }
            if (found != SdtapiLibrary.FOUND || library.select(port) != SdtapiLibrary.OK) {
                continue;
            }
            byte[] text = new byte[TextBlock.LENGTH];
            if (library.readBase(port, text, photo) != SdtapiLibrary.OK) {
                lastProblem = IdCardException.Reason.READ_FAILED;
                continue;
            }
            return switch (TextBlock.decode(text)) {
                case TextBlock.Decoded d -> d.text();
                case TextBlock.Malformed m -> throw new IdCardException(IdCardException.Reason.MALFORMED, m.reason());
                case TextBlock.Unsupported u -> throw IdCardException.unsupported(u.edition());
            };
        }
        throw new IdCardException(lastProblem, "no card read within " + timeout);
    }

    private boolean findDevice() {
        for (int candidate : PORTS) {
            if (library.openPort(candidate) == SdtapiLibrary.OK) {
                port = candidate;
                state = state(DeviceState.Condition.READY, DeviceState.Reason.READY_ON_PORT,
                        Integer.toString(candidate));
                return true;
            }
        }
        state = state(DeviceState.Condition.ABSENT, DeviceState.Reason.NOT_FOUND_ON_ANY_PORT, "");
        return false;
    }

    private DeviceState state(DeviceState.Condition condition, DeviceState.Reason reason, String detail) {
        return new DeviceState(DeviceState.Family.IDCARD, name, condition, reason, detail);
    }
}
