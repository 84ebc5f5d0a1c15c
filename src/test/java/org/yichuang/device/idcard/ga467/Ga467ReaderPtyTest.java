package org.yichuang.device.idcard.ga467;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader.IdCardException;

/** The serial driver against the emulator over a real pty pair (socat), at 115200 baud. */
@Tag("needs-daemon")
class Ga467ReaderPtyTest {
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
    void readsTheCardOnTheReader() throws Exception {
        emulator.placeCard(SpecimenTexts.RESIDENT);
        CardHolder a = reader.read(Duration.ofSeconds(5));
        assertThat(a).isEqualTo(SpecimenTexts.RESIDENT.toApplicant());
        assertThat(reader.state().condition()).isEqualTo(DeviceState.Condition.READY);
    }

    @Test
    void waitsForTheCardToLeaveBeforeReadingItAgain() throws Exception {
        emulator.placeCard(SpecimenTexts.RESIDENT);
        reader.read(Duration.ofSeconds(5));
        assertThatThrownBy(() -> reader.read(Duration.ofMillis(900))).isInstanceOf(IdCardException.class);
        emulator.removeCard();
        emulator.placeCard(SpecimenTexts.PERMIT);
        assertThat(reader.read(Duration.ofSeconds(5)).idNumber()).isEqualTo("810000199006010018");
    }

    @Test
    void retriesACorruptedReply() throws Exception {
        emulator.corruptReplies(2);
        emulator.placeCard(SpecimenTexts.RESIDENT);
        assertThat(reader.read(Duration.ofSeconds(5)).name()).isEqualTo("李梅");
    }

    @Test
    void aCardPulledAwayMidReadIsNotMistakenForARead() throws Exception {
        emulator.pullCardDuringRead();
        emulator.placeCard(SpecimenTexts.RESIDENT);
        assertThatThrownBy(() -> reader.read(Duration.ofMillis(1500))).isInstanceOfSatisfying(IdCardException.class,
                e -> assertThat(e.reason()).isEqualTo(IdCardException.Reason.READ_FAILED));
        emulator.placeCard(SpecimenTexts.RESIDENT);
        assertThat(reader.read(Duration.ofSeconds(5)).name()).isEqualTo("李梅");
    }

    @Test
    void aSilentReaderTimesOutAndSaysSo() {
        emulator.silent(true);
        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(2))).isInstanceOfSatisfying(IdCardException.class,
                e -> assertThat(e.reason()).isEqualTo(IdCardException.Reason.SILENT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(reader.state().condition()).isEqualTo(DeviceState.Condition.FAULT);
    }

    @Test
    void recoversWhenTheReaderIsUnpluggedAndPluggedBack() throws Exception {
        emulator.placeCard(SpecimenTexts.RESIDENT);
        reader.read(Duration.ofSeconds(5));
        emulator.close();
        pty.unplug();
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(2))).isInstanceOf(IdCardException.class);
        assertThat(reader.state().condition()).isIn(DeviceState.Condition.ABSENT, DeviceState.Condition.FAULT);
        pty.start();
        emulator = new Ga467Emulator(JSerialCommLink.open(pty.reader.toString(), 115200));
        emulator.placeCard(SpecimenTexts.PERMIT);
        assertThat(reader.read(Duration.ofSeconds(8)).idNumber()).isEqualTo("810000199006010018");
        assertThat(reader.state().condition()).isEqualTo(DeviceState.Condition.READY);
    }

    @Test
    void aProbeFollowsHotPlugWithoutACard() throws Exception {
        assertThat(reader.probe().condition()).isEqualTo(DeviceState.Condition.READY);
        emulator.close();
        pty.unplug();
        assertThat(reader.probe().condition()).isEqualTo(DeviceState.Condition.ABSENT);
        pty.start();
        emulator = new Ga467Emulator(JSerialCommLink.open(pty.reader.toString(), 115200));
        assertThat(reader.probe().condition()).isEqualTo(DeviceState.Condition.READY);
        emulator.silent(true);
        assertThat(reader.probe().condition()).isEqualTo(DeviceState.Condition.FAULT);
    }

    @Test
    void anAbsentPortIsAClearFailure() {
        Ga467Reader nowhere = new Ga467Reader("none", () -> JSerialCommLink.open("/dev/ttyNOSUCHPORT", 115200));
        assertThatThrownBy(() -> nowhere.read(Duration.ofSeconds(1))).isInstanceOfSatisfying(IdCardException.class,
                e -> assertThat(e.reason()).isEqualTo(IdCardException.Reason.NO_SUCH_PORT));
        assertThat(nowhere.state().condition()).isEqualTo(DeviceState.Condition.ABSENT);
        assertThat(Path.of("/dev/ttyNOSUCHPORT")).doesNotExist();
    }

    // Field case (issue 8, kind 9): an interrupted read used to keep polling, unspaced, until its deadline.
    @Test
    void anInterruptEndsTheReadAtOnceAndPollsStayThreeHundredMillisApart() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread reading = Thread.ofPlatform().start(() -> {
            try {
                reader.read(Duration.ofSeconds(10));
                outcome.complete("read a card");
            } catch (IdCardException e) {
                outcome.complete(e.reason());
            }
        });
        Thread.sleep(1_000);
        long interruptedAt = System.nanoTime();
        reading.interrupt();
        assertThat(outcome.get(2, TimeUnit.SECONDS)).isEqualTo(IdCardException.Reason.INTERRUPTED);
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
            assertThat(e.reason()).isEqualTo(IdCardException.Reason.INTERRUPTED);
        } finally {
            assertThat(Thread.interrupted()).as("the flag stays set for the caller").isTrue();
        }
        assertThat(emulator.findTimes()).isEmpty();
    }
}
