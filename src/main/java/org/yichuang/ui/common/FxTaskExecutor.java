package org.yichuang.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Work on virtual threads, results on the FX thread. Device readers keep their own platform threads. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("task-", 0).factory());

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            LOG.log(System.Logger.Level.DEBUG, "task dropped: the application is closing");
            return;
        }
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                LOG.log(System.Logger.Level.DEBUG, "background task failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** After {@code delay} on a virtual thread; cancelling interrupts it and drops its report (checked on the FX thread). */
    @Override
    public <T> Handle later(Duration delay, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        if (executor.isShutdown()) {
            return () -> { };
        }
        Future<?> running = executor.submit(() -> {
            try {
                Thread.sleep(delay);
                T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // cancelled while waiting or working: nothing to say
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return () -> {
            cancelled.set(true);
            running.cancel(true);
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
