package org.yichuang.device.idcard;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;

/**
 * A card reader whose every call runs on one platform thread of its own. Serial, FFM and PC/SC calls are native
 * and would pin the virtual thread that asks (apdu4j's ReaderExecutor does the same); the caller, virtual or not,
 * waits on a future instead. Interrupting the caller interrupts the read, which then ends at once.
 */
public final class ReaderThread implements IdCardReader, AutoCloseable {
    private final IdCardReader reader;
    private final ExecutorService thread;
    private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

    public ReaderThread(String name, IdCardReader reader) {
        this.reader = reader;
        this.thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("reader-" + name).factory());
    }

    @Override
    public DeviceState state() {
        return reader.state(); // a volatile read: no device call
    }

    /** Checks the reader on its thread; while a read is under way the last known state is the answer, at once. */
    @Override
    public DeviceState probe() {
        if (calls.get() > 0) {
            return reader.state();
        }
        try {
            return on(reader::probe);
        } catch (IdCardException e) {
            return reader.state();
        }
    }

    @Override
    public CardHolder read(Duration timeout) throws IdCardException {
        return on(() -> reader.read(timeout));
    }

    @Override
    public Identity readIdentity(Duration timeout) throws IdCardException {
        return on(() -> reader.readIdentity(timeout));
    }

    private <T> T on(Callable<T> call) throws IdCardException {
        calls.incrementAndGet();
        Future<T> result = thread.submit(() -> {
            try {
                return call.call();
            } finally {
                calls.decrementAndGet();
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true); // the reader's own loop sees the interrupt and stops polling
            Thread.currentThread().interrupt();
            throw new IdCardException(IdCardException.Reason.INTERRUPTED, "read interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IdCardException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
