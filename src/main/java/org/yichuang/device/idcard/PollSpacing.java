package org.yichuang.device.idcard;

import org.yichuang.usecase.port.IdCardReader.IdCardException;

/**
 * Keeps card-reader polls at least {@code millis} apart (GA/T 467 asks for 300 ms). An interrupt ends the wait with
 * {@link IdCardException.Reason#INTERRUPTED} (the flag stays set for the caller), so a cancelled read never keeps polling.
 * Not thread-safe: one per reader.
 */
public final class PollSpacing {
    private final long nanos;
    private long last = System.nanoTime() - Long.MAX_VALUE / 4;

    public PollSpacing(long millis) {
        this.nanos = millis * 1_000_000L;
    }

    /** Waits until the next poll is allowed, then counts it as made; throws at once when the thread is interrupted. */
    public void await() throws IdCardException {
        pause((last + nanos - System.nanoTime()) / 1_000_000L);
        last = System.nanoTime();
    }

    /** Sleeps {@code millis} (nothing when not positive), failing the read if the thread is or becomes interrupted. */
    public static void pause(long millis) throws IdCardException {
        try {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (millis > 0) {
                Thread.sleep(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdCardException(IdCardException.Reason.INTERRUPTED, "read interrupted");
        }
    }
}
