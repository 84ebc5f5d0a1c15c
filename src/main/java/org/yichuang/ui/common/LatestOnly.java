package org.yichuang.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Search as you type, the same for every search box: each new query cancels the one before (its thread is
 * interrupted and its answer dropped) and waits a quiet moment before it is sent, so a fast typist sends one query,
 * not ten. {@link #busyProperty()} is true from the keystroke until the newest answer is in. Call on the FX thread.
 */
public final class LatestOnly<Q, R> {
    /** How long typing must pause before a query is sent. */
    public static final Duration QUIET = Duration.ofMillis(150);
    private final TaskExecutor tasks;
    private final Duration quiet;
    private final Function<Q, Callable<R>> query;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private TaskExecutor.Handle pending = () -> { };

    public LatestOnly(TaskExecutor tasks, Duration quiet, Function<Q, Callable<R>> query) {
        this.tasks = tasks;
        this.quiet = quiet;
        this.query = query;
    }

    /** Sends {@code q} after the quiet period unless another comes first; only the newest answer is reported. */
    public void ask(Q q, Consumer<R> onAnswer, Consumer<Throwable> onFailure) {
        pending.cancel();
        busy.set(true);
        pending = tasks.later(quiet, query.apply(q), r -> {
            busy.set(false);
            onAnswer.accept(r);
        }, e -> {
            busy.set(false);
            onFailure.accept(e);
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
