package org.yichuang.device.idcard.ga467;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.ui.common.CardMessages;
import org.yichuang.ui.common.DeviceStateText;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader.IdCardException;

/** A port that cannot be opened is named for what it is; a path that does not exist is never handed to jSerialComm. */
class PortProblemTest {
    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @Test
    void aMissingPathIsNeverOpenedNorResolvedToAnotherDevice() {
        assertThat(Path.of("/tmp/nothere")).doesNotExist();
        List<String> asked = new ArrayList<>();
        assertThatThrownBy(() -> JSerialCommLink.open("/tmp/nothere/ttyS0", 9600, p -> {
            asked.add(p);
            return SerialPort.getCommPort(p);
        })).isInstanceOfSatisfying(PortProblem.class, e -> {
            assertThat(e.kind()).isEqualTo(PortProblem.Kind.NO_SUCH_PATH);
            assertThat(e.getMessage()).contains("/tmp/nothere/ttyS0");
        });
        assertThat(asked).as("jSerialComm would open /dev/ttyS0 for it").isEmpty();
    }

    @Test
    void aPathTheSerialLibraryResolvesToAnotherDeviceIsRefused(@TempDir Path dir) throws Exception {
        Path named = Files.createFile(dir.resolve("ttyS0"));
        assertThatThrownBy(() -> JSerialCommLink.open(named.toString(), 9600, p -> SerialPort.getCommPort("/dev/ttyS0")))
                .hasMessageContaining("resolved " + named + " to /dev/ttyS0; not opened");
    }

    @Test
    void aReaderOnAMissingPathSaysWhichPath() {
        Ga467Reader reader = new Ga467Reader("GA/T 467", 9600, () -> JSerialCommLink.open("/tmp/nothere/ttyS0", 9600));
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(1))).isInstanceOfSatisfying(IdCardException.class, e -> {
            assertThat(e.reason()).isEqualTo(IdCardException.Reason.NO_SUCH_PORT);
            assertThat(CardMessages.forClerk(e, ZH)).contains("/tmp/nothere/ttyS0", "不存在", "idcard.port");
        });
        assertThat(reader.state().reason()).isEqualTo(DeviceState.Reason.NO_SUCH_PORT);
        assertThat(DeviceStateText.reason(ZH, reader.state())).isEqualTo("端口 /tmp/nothere/ttyS0 不存在");
    }

    // As root, permission checks do not apply (root opens a mode 0000 file), so the EACCES mapping is unit-tested there.
    @Test
    void eaccesAndEpermMeanTheUserIsNotInTheDevicesGroup() {
        for (int errno : new int[] {PortProblem.EACCES, PortProblem.EPERM}) {
            PortProblem p = PortProblem.ofErrno("/dev/ttyUSB0", errno);
            assertThat(p.kind()).isEqualTo(PortProblem.Kind.NO_PERMISSION);
            assertThat(p.group()).isEqualTo("dialout");
            assertThat(p.getMessage()).contains("/dev/ttyUSB0", "dialout", "log in again");
        }
        assertThat(PortProblem.ofErrno("/dev/ttyUSB0", PortProblem.ENOENT).kind()).isEqualTo(PortProblem.Kind.NO_SUCH_PATH);
        assertThat(PortProblem.ofErrno("/dev/ttyUSB0", 16).kind()).isEqualTo(PortProblem.Kind.OTHER); // EBUSY
    }

    @Test
    void theGroupNamedIsTheDevicesOwnUnlessItIsRoot(@TempDir Path dir) throws Exception {
        Path port = Files.createFile(dir.resolve("ttyUSB0"));
        assertThat(PortProblem.groupOf(port)).isEqualTo(ROOT ? "dialout" : PortProblem.groupOf(port));
        assertThat(PortProblem.groupOf(dir.resolve("gone"))).isEqualTo("dialout");
    }

    @Test
    void aPortTheUserMayNotOpenFailsAtOnceSayingWhatToDo(@TempDir Path dir) throws Exception {
        Path port = Files.createFile(dir.resolve("ttyUSB0"));
        Files.setPosixFilePermissions(port, PosixFilePermissions.fromString("---------"));
        Ga467Reader.Opener opener = ROOT ? () -> {
            throw PortProblem.ofErrno(port.toString(), PortProblem.EACCES); // what jSerialComm reports to a non-root user
        } : () -> JSerialCommLink.open(port.toString(), 9600);
        Ga467Reader reader = new Ga467Reader("GA/T 467", 9600, opener);
        long started = System.nanoTime();
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(5))).isInstanceOfSatisfying(IdCardException.class, e -> {
            assertThat(e.reason()).isEqualTo(IdCardException.Reason.NO_PERMISSION);
            assertThat(CardMessages.forClerk(e, ZH)).contains(port.toString(), "dialout", "usermod", "重新登录");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waiting cannot help").isLessThan(Duration.ofSeconds(2));
        assertThat(DeviceStateText.reason(ZH, reader.state())).contains(port.toString(), "dialout");
    }

    @Test
    void replyTimeoutsFollowTheBaudRate() {
        assertThat(ReplyTiming.wireMillis(1295, 9600)).isEqualTo(1349);
        assertThat(ReplyTiming.replyMillis(Command.READ_TEXT_AND_PHOTO, 9600)).isEqualTo(1400 + 1349);
        assertThat(ReplyTiming.replyMillis(Command.READ_TEXT_AND_PHOTO, 115200)).isEqualTo(1400 + 113);
        assertThat(ReplyTiming.replyMillis(Command.READ_TEXT_PHOTO_FINGERPRINT, 9600)).isEqualTo(1400 + 2418);
        assertThat(ReplyTiming.replyMillis(Command.FIND_CARD, 9600)).isEqualTo(600 + 16);
    }
}
