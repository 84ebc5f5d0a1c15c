package org.yichuang.device.idcard.ga467;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yichuang.usecase.port.IdCardReader.IdCardException;

/**
 * Field case (issue 8, kind 9): an interrupted read used to restore the flag and keep looping until its deadline,
 * polling the reader with no spacing for up to 10 s. Measured on the emulator's side of a real pty pair.
 */
@Tag("needs-daemon")
class Ga467InterruptPtyTest {
    private PtyPair pty;
    private Ga467Emulator emulator;
    private Ga467Reader reader;

    @BeforeEach
    void start() throws Exception {
        assumeThat(PtyPair.socatInstalled()).as("socat (apt-get install socat); .ci/run installs it").isTrue();
        pty = new PtyPair(Files.createTempDirectory("ga467"));
        emulator = new Ga467Emulator(JSerialCommLink.open(pty.reader.toString(), 115200));
        reader = new Ga467Reader("GA/T 467 " + pty.app.getFileName(), () -> JSerialCommLink.open(pty.app.toString(), 115200));
    }

    @AfterEach
    void stop() throws Exception {
        if (emulator != null) {
            emulator.close();
            pty.close();
        }
    }

    @Test
    void anInterruptEndsTheReadAtOnceAndPollsStayThreeHundredMillisApart() throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        Thread reading = Thread.ofPlatform().start(() -> {
            try {
                reader.read(Duration.ofSeconds(10));
                outcome.complete("read a card");
            } catch (IdCardException e) {
                outcome.complete(e.messageKey());
            }
        });
        Thread.sleep(1_000);
        long interruptedAt = System.nanoTime();
        reading.interrupt();
        assertThat(outcome.get(2, TimeUnit.SECONDS)).isEqualTo("idcard.read.interrupted");
        long ended = System.nanoTime();
        assertThat(Duration.ofNanos(ended - interruptedAt)).isLessThan(Duration.ofMillis(400));
        Thread.sleep(700); // any poll the old loop would still make lands here
        List<Long> finds = emulator.findTimes();
        assertThat(finds).hasSizeBetween(3, 5);
        for (int i = 1; i < finds.size(); i++) {
            // 300 ms apart on the reader's side, less the serial line's jitter
            assertThat(Duration.ofNanos(finds.get(i) - finds.get(i - 1))).isGreaterThan(Duration.ofMillis(280));
        }
        assertThat(finds.getLast()).isLessThan(ended);
    }

    @Test
    void aThreadInterruptedBeforeTheReadDoesNotPollAtAll() {
        Thread.currentThread().interrupt();
        try {
            reader.read(Duration.ofSeconds(5));
        } catch (IdCardException e) {
            assertThat(e.messageKey()).isEqualTo("idcard.read.interrupted");
        } finally {
            assertThat(Thread.interrupted()).as("the flag stays set for the caller").isTrue();
        }
        assertThat(emulator.findTimes()).isEmpty();
    }
}
