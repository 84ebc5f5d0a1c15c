package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaunchOptionsTest {
    @Test
    void defaultsToTheClerkOnTheEmbeddedPlatformWithSimulatedDevices() {
        LaunchOptions o = LaunchOptions.parse(List.of());
        assertThat(o.mode()).isEqualTo(Mode.CLERK);
        assertThat(o.platformUrl()).isEmpty();
        assertThat(o.devicesFile()).isEmpty();
        assertThat(o.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.exitAfterFirstFrame()).isFalse();
    }

    @Test
    void readsEveryOption() throws Exception {
        java.nio.file.Path devices = java.nio.file.Files.createTempFile("devices", ".properties");
        LaunchOptions o = LaunchOptions.parse(List.of("--mode=kiosk", "--platform=https://zwfw.example.gov.cn/",
                "--devices=" + devices, "--idle-timeout=90", "--exit-after-first-frame", "--data-dir=/tmp/x",
                "--time-zone=Asia/Urumqi"));
        assertThat(o.timeZone()).isEqualTo(java.time.ZoneId.of("Asia/Urumqi"));
        assertThat(o.mode()).isEqualTo(Mode.KIOSK);
        assertThat(o.platformUrl()).contains(URI.create("https://zwfw.example.gov.cn/"));
        assertThat(o.devicesFile()).isPresent();
        assertThat(o.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(o.exitAfterFirstFrame()).isTrue();
    }

    /** The machine's CJK font: --font is checked for the documents' characters when it is read. */
    private static final java.nio.file.Path FONT = org.yichuang.pdf.CjkFont.locate(java.util.Optional.empty()).file();

    @Test
    void takesValuesAfterASpaceToo() {
        LaunchOptions o = LaunchOptions.parse(List.of("--mode", "KIOSK", "--idle-timeout", "3600", "--platform", "embedded",
                "--devices", "sim", "--font", FONT.toString()));
        assertThat(o.mode()).isEqualTo(Mode.KIOSK);
        assertThat(o.idleTimeout()).isEqualTo(Duration.ofHours(1));
        assertThat(o.platformUrl()).isEmpty();
        assertThat(o.devicesFile()).isEmpty();
        assertThat(o.font()).contains(FONT);
        assertThat(o.timeZone()).as("the default").isEqualTo(java.time.ZoneId.of("Asia/Shanghai"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--mode=bank", "--platform=ftp://x", "--platform=notaurl", "--idle-timeout=2",
        "--idle-timeout=abc", "--idle-timeout=3601", "--data-dir=", "--font=", "--colour=red", "kiosk"})
    void explainsWhatIsWrong(String bad) {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of(bad))).isInstanceOf(LaunchOptions.BadOptions.class)
                .hasMessageContaining(bad.contains("=") ? bad.substring(0, bad.indexOf('=')) : bad);
    }

    @Test
    void deviceSettingsRefuseUnknownAdapters() throws Exception {
        var file = java.nio.file.Files.createTempFile("devices", ".properties");
        java.nio.file.Files.writeString(file, "idcard=ga999\n");
        assertThatThrownBy(() -> DeviceSettings.from(java.util.Optional.of(file))).hasMessageContaining("idcard=ga999");
        java.nio.file.Files.writeString(file, "idcard=ga467\n");
        assertThatThrownBy(() -> DeviceSettings.from(java.util.Optional.of(file))).hasMessageContaining("idcard.port");
        java.nio.file.Files.writeString(file, "idcard=ga467\nidcard.port=/dev/ttyUSB0\nidcard.baud=9600\n");
        assertThat(DeviceSettings.from(java.util.Optional.of(file)).idCardBaud()).isEqualTo(9600);
        java.nio.file.Files.writeString(file, "idcard=ga467\nidcard.port=/dev/ttyUSB0\nidcard.baud=300\n");
        assertThatThrownBy(() -> DeviceSettings.from(java.util.Optional.of(file))).hasMessageContaining("idcard.baud")
                .hasMessageContaining("from 9600 to 115200");
        java.nio.file.Files.writeString(file, "ssc=pcsc\n");
        assertThat(DeviceSettings.from(java.util.Optional.of(file)).socialSecurityReader()).isEqualTo("auto");
        java.nio.file.Files.writeString(file, "ssc=magic\n");
        assertThatThrownBy(() -> DeviceSettings.from(java.util.Optional.of(file))).hasMessageContaining("ssc=magic");
        java.nio.file.Files.writeString(file, "idcard=sim\nprinter=none\n");
        assertThat(DeviceSettings.from(java.util.Optional.of(file)).printer()).isEqualTo("none");
        java.nio.file.Files.delete(file);
        assertThatThrownBy(() -> DeviceSettings.from(java.util.Optional.of(file))).hasMessageContaining("cannot be read");
    }
}
