package org.yichuang.ui;

import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;

/** A reader with no card on it until the test places one, so a test can look at 请放置身份证 for as long as it needs. */
final class CardOnCue implements IdCardReader {
    private final SynchronousQueue<CardHolder> placed = new SynchronousQueue<>();

    /** Places a card; returns once a read has taken it (or fails after 10 s when nobody reads). */
    void place(CardHolder card) throws InterruptedException {
        if (!placed.offer(card, 10, TimeUnit.SECONDS)) {
            throw new AssertionError("nobody read the card within 10 s: is the identify screen listening?");
        }
    }

    @Override
    public DeviceState state() {
        return new DeviceState(DeviceState.Family.IDCARD, "test reader", DeviceState.Condition.SIMULATED,
                DeviceState.Reason.SPECIMEN_CARDS, "1");
    }

    @Override
    public CardHolder read(Duration timeout) throws IdCardException {
        try {
            CardHolder card = placed.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (card == null) {
                throw new IdCardException(IdCardException.Reason.TIMEOUT, "no card within " + timeout);
            }
            return card;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdCardException(IdCardException.Reason.INTERRUPTED, "read interrupted");
        }
    }
}
