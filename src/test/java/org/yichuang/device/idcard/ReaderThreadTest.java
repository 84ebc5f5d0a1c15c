package org.yichuang.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.IdCardReader.IdCardException;

/** Native reader calls run on one platform thread of their own, whoever asks; an interrupt still ends a read. */
class ReaderThreadTest {
    private final List<Thread> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CompletableFuture<Boolean> sawInterrupt = new CompletableFuture<>();

    /** A reader that notes the thread it runs on; with {@code hold}, it waits for a card until interrupted. */
    private IdCardReader noting(boolean hold) {
        return new IdCardReader() {
            @Override
            public DeviceState state() {
                return DeviceState.of(DeviceState.Family.IDCARD, DeviceState.Condition.READY, DeviceState.Reason.READY);
            }

            @Override
            public CardHolder read(Duration timeout) throws IdCardException {
                seen.add(Thread.currentThread());
                if (hold) {
                    reading.countDown();
                    try {
                        Thread.sleep(timeout);
                    } catch (InterruptedException e) {
                        sawInterrupt.complete(true);
                        throw new IdCardException(IdCardException.Reason.INTERRUPTED, "interrupted");
                    }
                }
                return SpecimenCards.LI_MEI;
            }
        };
    }

    @Test
    void everyCallRunsOnTheSamePlatformThreadEvenWhenAVirtualThreadAsks() throws Exception {
        try (ReaderThread reader = new ReaderThread("test", noting(false))) {
            for (int i = 0; i < 3; i++) {
                Thread.ofVirtual().start(() -> {
                    try {
                        assertThat(reader.read(Duration.ofSeconds(1))).isEqualTo(SpecimenCards.LI_MEI);
                    } catch (IdCardException e) {
                        throw new AssertionError(e);
                    }
                }).join();
            }
            assertThat(seen).hasSize(3).allSatisfy(t -> {
                assertThat(t.isVirtual()).isFalse();
                assertThat(t.getName()).isEqualTo("reader-test");
            });
            assertThat(seen.stream().distinct()).hasSize(1);
        }
    }

    @Test
    void interruptingTheCallerEndsTheReadAndAProbeMeanwhileDoesNotWait() throws Exception {
        try (ReaderThread reader = new ReaderThread("test", noting(true))) {
            CompletableFuture<IdCardException.Reason> outcome = new CompletableFuture<>();
            Thread caller = Thread.ofVirtual().start(() -> {
                try {
                    reader.read(Duration.ofSeconds(30));
                    outcome.complete(null);
                } catch (IdCardException e) {
                    outcome.complete(e.reason());
                }
            });
            assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            assertThat(reader.probe().condition()).isEqualTo(DeviceState.Condition.READY);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
            caller.interrupt();
            assertThat(outcome.get(2, TimeUnit.SECONDS)).isEqualTo(IdCardException.Reason.INTERRUPTED);
            assertThat(sawInterrupt.get(2, TimeUnit.SECONDS)).as("the reader's own thread was interrupted").isTrue();
        }
    }
}
