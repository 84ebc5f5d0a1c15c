package org.yichuang.device.idcard;

import java.time.Duration;
import java.util.List;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;

/**
 * Several readers as one, for a kiosk that takes an ID card or a social security card: each is asked in turn for a
 * short while, and the first card wins. A failure other than "no card" is reported at once so the screen can say it.
 */
public final class FirstCardReader implements IdCardReader {
    private static final Duration SLICE = Duration.ofMillis(700);
    private final List<IdCardReader> readers;

    public FirstCardReader(List<IdCardReader> readers) {
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("no readers");
        }
        this.readers = List.copyOf(readers);
    }

    @Override
    public DeviceState state() {
        return readers.getFirst().state();
    }

    @Override
    public DeviceState probe() {
        readers.forEach(IdCardReader::probe);
        return state();
    }

    @Override
    public CardHolder read(Duration timeout) throws IdCardException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            PollSpacing.pause(0); // an interrupt ends the read here, between readers
            for (IdCardReader reader : readers) {
                try {
                    return reader.read(SLICE);
                } catch (IdCardException e) {
                    if (e.reason() != IdCardException.Reason.TIMEOUT) {
                        throw e;
                    }
                }
            }
        } while (System.nanoTime() < deadline);
        throw new IdCardException(IdCardException.Reason.TIMEOUT, "no card within " + timeout);
    }
}
