package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.ga467.Ga467Emulator;
import org.yichuang.device.idcard.ga467.JSerialCommLink;
import org.yichuang.device.idcard.ga467.PtyPairAccess;
import org.yichuang.device.idcard.TextBlock;

/** {@code read-id} from the command line, on a real pty: the 2023 foreigner's card, and an edition not supported. */
@Tag("needs-daemon")
class ReadIdCommandTest {
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

    private Path start(byte[] block) throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/socat"))).as("socat; .ci/run installs it").isTrue();
        Path dir = Files.createTempDirectory("readid");
        pty = PtyPairAccess.open(dir);
        emulator = new Ga467Emulator(JSerialCommLink.open(dir.resolve("ttyREADER").toString(), 115200));
        emulator.placeCard(((TextBlock.Decoded) TextBlock.decode(block)).text());
        return dir.resolve("ttyAPP");
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = ReadIdCommandTest.class.getResourceAsStream("/field-1/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsThe2023ForeignersCardLikeThe2017One() throws Exception {
        Path port = start(fixture("fprc-2023-Y.bin"));
        CommandRun run = CommandRun.of("read-id", "--port", port.toString(), "--timeout", "5", "--json");
        String printed = run.out();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(printed).contains("\"documentType\":\"FOREIGNER_PERMANENT\"", "\"nationality\":\"SAU\"",
                "\"idNumber\":\"9326**********0017\"", "\"englishName\":\"Z*");
        assertThat(printed).as("masked by default").doesNotContain("932682198501010017").doesNotContain("张伟明");
    }

    @Test
    void anEditionNotSupportedIsSaidWithItsCommonFieldsNeverNoCard() throws Exception {
        byte[] block = fixture("fprc-2023-Y.bin");
        Path port = start(block);
        byte[] unknown = block.clone();
        System.arraycopy("Z".getBytes(StandardCharsets.UTF_16LE), 0, unknown, 248, 2);
        emulator.placeRawText(unknown);
        CommandRun run = CommandRun.of("read-id", "--port=" + port, "--timeout=5");
        String said = run.err();
        assertThat(run.code()).as(said).isEqualTo(4);
        assertThat(said).contains("not supported yet", "'Z'", "张**", "9326**********0017").doesNotContain("no card");
    }
}
