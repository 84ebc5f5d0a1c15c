package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.device.idcard.TextBlock;
import org.yichuang.device.idcard.ga467.Ga467Emulator;
import org.yichuang.device.idcard.ga467.JSerialCommLink;
import org.yichuang.device.idcard.ga467.PtyPairAccess;

/** {@code read-id} and {@code devices} name a reader's fault for what it is (issue 11, field-2). */
class ReaderFaultCommandTest {
    private AutoCloseable pty;
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

    @Test
    void readIdOnAMissingPathNamesItAndTouchesNoOtherDevice() {
        assertThat(Path.of("/tmp/nothere")).doesNotExist();
        CommandRun run = CommandRun.of("read-id", "--port", "/tmp/nothere/ttyS0", "--timeout", "1");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("端口 /tmp/nothere/ttyS0 不存在", "idcard.read.noSuchPort")
                .doesNotContain("/dev/ttyS0");
    }

    @Test
    void devicesProbesTheConfiguredReaderAndSaysItsPathIsMissing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("devices.properties"),
                "idcard=ga467\nidcard.port=/tmp/nothere/ttyS0\nidcard.baud=9600\nprinter=none\n");
        CommandRun run = CommandRun.of("devices", "--devices", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("GA/T 467 reader /tmp/nothere/ttyS0 at 9600 baud: ABSENT 端口 /tmp/nothere/ttyS0 不存在");
    }

    private Path emulate(Path dir, int baud) throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/socat"))).as("socat; .ci/run installs it").isTrue();
        pty = PtyPairAccess.open(dir);
        emulator = new Ga467Emulator(JSerialCommLink.open(dir.resolve("ttyREADER").toString(), baud));
        emulator.pace(baud);
        return dir.resolve("ttyAPP");
    }

    @Test
    void readIdReadsZhouFromAReaderAt9600Baud(@TempDir Path dir) throws Exception {
        Path port = emulate(dir, 9600);
        emulator.cardReadMillis(200);
        try (InputStream in = getClass().getResourceAsStream("/field-2/resident-zhou.bin")) {
            emulator.placeCard(((TextBlock.Decoded) TextBlock.decode(in.readAllBytes())).text());
        }
        CommandRun run = CommandRun.of("read-id", "--port", port.toString(), "--baud", "9600", "--timeout", "5", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"idNumber\":\"6101**********0020\"");
    }

    @Test
    void readIdAtTheWrongBaudRateSaysSoAndNamesTheSetting(@TempDir Path dir) throws Exception {
        Path port = emulate(dir, 115200);
        emulator.wrongBaud(true);
        CommandRun run = CommandRun.of("read-id", "--port", port.toString(), "--timeout", "1");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("波特率", "idcard.baud", "115200").doesNotContain("无响应");
    }

    @Test
    void devicesSaysASilentReaderDoesNotAnswer(@TempDir Path dir) throws Exception {
        Path port = emulate(dir, 115200);
        emulator.silent(true);
        Path file = Files.writeString(dir.resolve("devices.properties"),
                "idcard=ga467\nidcard.port=" + port + "\nprinter=none\n");
        CommandRun run = CommandRun.of("devices", "--devices", file.toString());
        assertThat(run.out()).contains("FAULT 阅读器无响应");
    }

    @Test
    void devicesSaysAnErrorStatusWithItsCode(@TempDir Path dir) throws Exception {
        Path port = emulate(dir, 115200);
        emulator.answerWithStatus(0x00, 0x00, 0x33);
        Path file = Files.writeString(dir.resolve("devices.properties"),
                "idcard=ga467\nidcard.port=" + port + "\nprinter=none\n");
        assertThat(CommandRun.of("devices", "--devices", file.toString()).out()).contains("错误状态码 00 00 33");
    }
}
