package org.yichuang.device.idcard.ga467;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.CardText;
import org.yichuang.device.idcard.TextBlock;
import org.yichuang.ui.common.CardMessages;
import org.yichuang.ui.common.DeviceStateText;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader.IdCardException;

/**
 * Field case resident-zhou.bin (issue 11): a reader set to 9600 baud that takes 200 ms to read the card, and the faults
 * a serial reader shows, each over a real pty pair (socat) and each named for what it is.
 */
@Tag("needs-daemon")
class ReaderFaultsPtyTest {
    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private PtyPair pty;
    private Ga467Emulator emulator;

    @AfterEach
    void stop() throws Exception {
        if (emulator != null) {
            emulator.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private Ga467Reader start(int baud) throws Exception {
        assumeThat(PtyPair.socatInstalled()).as("socat (apt-get install socat); .ci/run installs it").isTrue();
        pty = new PtyPair(Files.createTempDirectory("ga467faults"));
        emulator = new Ga467Emulator(JSerialCommLink.open(pty.reader.toString(), baud));
        emulator.pace(baud);
        return new Ga467Reader("GA/T 467 ttyAPP", baud, () -> JSerialCommLink.open(pty.app.toString(), baud));
    }

    static CardText zhou() throws Exception {
        try (InputStream in = ReaderFaultsPtyTest.class.getResourceAsStream("/field-2/resident-zhou.bin")) {
            return ((TextBlock.Decoded) TextBlock.decode(in.readAllBytes())).text();
        }
    }

    @Test
    void readsZhouFromAReaderAt9600BaudTaking200MsToReadTheCard() throws Exception {
        Ga467Reader reader = start(9600);
        emulator.cardReadMillis(200);
        emulator.placeCard(zhou());
        long started = System.nanoTime();
        CardText card = reader.readText(Duration.ofSeconds(10));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("resident-zhou at 9600 baud, 200 ms card read: read in " + millis + " ms; read reply timeout "
                + ReplyTiming.replyMillis(Command.READ_TEXT_AND_PHOTO, 9600) + " ms (wire "
                + ReplyTiming.wireMillis(1295, 9600) + " ms)");
        assertThat(card.name()).isEqualTo("周晓雯");
        assertThat(card.idNumber()).isEqualTo("610103199003150020");
        assertThat(millis).as("one pass: find, select, read; no timed-out retry").isLessThan(3000);
        assertThat(reader.state().reason()).isEqualTo(DeviceState.Reason.READY);
    }

    @Test
    void theReadReplyTakesLongerThanTheOldFixedTimeoutAndFitsTheNewOne() throws Exception {
        start(9600);
        emulator.cardReadMillis(200);
        emulator.placeCard(zhou());
        try (JSerialCommLink link = JSerialCommLink.open(pty.app.toString(), 9600)) {
            Ga467Session session = new Ga467Session(link, 9600);
            assertThat(session.exchange(Command.FIND_CARD).reply().status()).isEqualTo(Status.CARD_FOUND);
            assertThat(session.exchange(Command.SELECT_CARD).answered()).isTrue();
            long started = System.nanoTime();
            Ga467Session.Exchange read = session.exchange(Command.READ_TEXT_AND_PHOTO);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("read reply at 9600 baud with a 200 ms card read came after " + millis + " ms");
            assertThat(read.answered()).isTrue();
            assertThat(read.reply().data()).hasSize(1295 - 11);
            assertThat(millis).as("200 ms + 1,349 ms on the wire: past the old fixed 1,500 ms").isGreaterThan(1500)
                    .isLessThan(ReplyTiming.replyMillis(Command.READ_TEXT_AND_PHOTO, 9600));
        }
    }

    @Test
    void silenceIsNoAnswer() throws Exception {
        Ga467Reader reader = start(115200);
        emulator.silent(true);
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(2))).isInstanceOfSatisfying(IdCardException.class, e -> {
            assertThat(e.reason()).isEqualTo(IdCardException.Reason.SILENT);
            assertThat(CardMessages.forClerk(e, ZH)).contains("无响应");
        });
        assertThat(DeviceStateText.reason(ZH, reader.state())).isEqualTo("阅读器无响应");
    }

    @Test
    void bytesThatMakeNoFrameAreAWrongBaudRateAndNameTheSetting() throws Exception {
        Ga467Reader reader = start(115200);
        emulator.wrongBaud(true);
        emulator.placeCard(SpecimenTexts.RESIDENT);
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(2))).isInstanceOfSatisfying(IdCardException.class, e -> {
            assertThat(e.reason()).isEqualTo(IdCardException.Reason.WRONG_BAUD);
            assertThat(CardMessages.forClerk(e, ZH)).contains("波特率", "idcard.baud", "115200").doesNotContain("无响应");
        });
        assertThat(reader.probe().reason()).isEqualTo(DeviceState.Reason.WRONG_BAUD);
        assertThat(DeviceStateText.reason(ZH, reader.state())).contains("idcard.baud=115200");
    }

    @Test
    void anErrorStatusIsSaidWithItsCode() throws Exception {
        Ga467Reader reader = start(115200);
        emulator.answerWithStatus(0x00, 0x01, 0x33);
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(2))).isInstanceOfSatisfying(IdCardException.class, e -> {
            assertThat(e.reason()).isEqualTo(IdCardException.Reason.READER_ERROR);
            assertThat(CardMessages.forClerk(e, ZH)).contains("错误状态码 00 01 33");
            assertThat(CardMessages.forKiosk(e, ZH)).contains("00 01 33");
        });
        assertThat(reader.probe().condition()).isEqualTo(DeviceState.Condition.FAULT);
        assertThat(DeviceStateText.reason(ZH, reader.state())).isEqualTo("阅读器返回错误状态码 00 01 33");
    }

    @Test
    void aSamSelfTestFailureKeepsItsOwnWords() throws Exception {
        Ga467Reader reader = start(115200);
        emulator.answerWithStatus(0x00, 0x00, 0x60);
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(1))).isInstanceOfSatisfying(IdCardException.class,
                e -> assertThat(e.reason()).isEqualTo(IdCardException.Reason.SAM_FAILED));
    }
}
