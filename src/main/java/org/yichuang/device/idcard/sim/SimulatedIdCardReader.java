package org.yichuang.device.idcard.sim;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;

/** A reader that "reads" specimen cards in turn, taking about as long as a real GA/T 467 read. */
public final class SimulatedIdCardReader implements IdCardReader {
    private final List<CardHolder> cards;
    private final Duration readTime;
    private final AtomicInteger next = new AtomicInteger();

    public SimulatedIdCardReader(List<CardHolder> cards, Duration readTime) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("a simulated reader needs at least one card");
        }
        this.cards = List.copyOf(cards);
        this.readTime = readTime;
    }

    @Override
    public DeviceState state() {
        return new DeviceState(DeviceState.Family.IDCARD, "", DeviceState.Condition.SIMULATED,
                DeviceState.Reason.SPECIMEN_CARDS, Integer.toString(cards.size()));
    }

    @Override
    public CardHolder read(Duration timeout) throws IdCardException {
        try {
            Thread.sleep(readTime.compareTo(timeout) < 0 ? readTime : timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdCardException(IdCardException.Reason.INTERRUPTED, "read interrupted");
        }
        if (readTime.compareTo(timeout) > 0) {
            throw new IdCardException(IdCardException.Reason.TIMEOUT, "no card within " + timeout);
        }
        return cards.get(Math.floorMod(next.getAndIncrement(), cards.size()));
    }
}
