package org.yichuang.device.idcard;

/** Keeps card-reader polls at least {@code millis} apart (GA/T 467 asks for 300 ms). Not thread-safe: one per reader. */
public final class PollSpacing {
    private final long millis;
    private long last;

    public PollSpacing(long millis) {
        this.millis = millis;
    }

    /** Waits until the next poll is allowed, then counts it as made. */
    public void await() {
        long wait = last + millis - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        last = System.currentTimeMillis();
    }
}
