package org.yichuang.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs blocking work (device, network, PDF, disk) off the FX thread and reports back on it. */
public interface TaskExecutor {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** A task that can be called off: a cancelled task never reports, and its thread is interrupted. */
    interface Handle {
        void cancel();
    }

    /**
     * Runs {@code work} after {@code delay} unless cancelled first. This default runs at once and cannot be
     * cancelled once started: enough for executors that run on the calling thread in tests.
     */
    default <T> Handle later(Duration delay, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        run(work, r -> {
            if (!cancelled[0]) {
                onSuccess.accept(r);
            }
        }, e -> {
            if (!cancelled[0]) {
                onFailure.accept(e);
            }
        });
        return () -> cancelled[0] = true;
    }
}
