package org.yichuang.app;

import com.fazecast.jSerialComm.SerialPort;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yichuang.device.idcard.ga467.Ga467Reader;
import org.yichuang.device.idcard.ga467.JSerialCommLink;
import org.yichuang.device.idcard.photo.WltLibraryDecoder;
import org.yichuang.device.idcard.sdk.SdkIdCardReader;
import org.yichuang.ui.common.DeviceStateText;
import org.yichuang.ui.common.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code devices}: the serial ports and PC/SC readers this machine has, and the SDK reader of a device settings file. */
@Command(name = "devices", mixinStandardHelpOptions = true, versionProvider = YichuangCommand.VersionText.class,
        descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
        description = "Lists serial ports and PC/SC readers (and probes the SDK reader and photo decoder a device "
                + "settings file names).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "2:bad options, or a device settings file that cannot be followed"})
final class DevicesCommand implements Callable<Integer> {
    @Option(names = "--devices", paramLabel = "FILE", converter = Converters.SomePath.class,
            description = "a device settings file (e.g. kiosk-profile/config/devices.properties)")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (file != null) {
            configured(out, DeviceSettings.from(Optional.of(file)));
        }
        out.println("Serial ports (GA/T 467 readers, ESC/POS printers):");
        SerialPort[] ports = SerialPort.getCommPorts();
        if (ports.length == 0) {
            out.println("  none found (ptys are not listed; use read-id --port PATH)");
        }
        for (SerialPort p : ports) {
            Path path = Path.of(p.getSystemPortPath());
            boolean mayOpen = Files.isReadable(path) && Files.isWritable(path);
            out.println("  " + p.getSystemPortPath() + "  " + p.getDescriptivePortName() + (mayOpen ? ""
                    : "  (this user may not open it: add the user to the port's group, e.g. dialout, and log in again)"));
        }
        out.println("PC/SC readers (social security cards):");
        out.println("  " + PcscProbe.describe());
        return 0;
    }

    private void configured(PrintWriter out, DeviceSettings settings) {
        out.println("Configured in " + file + ":");
        out.println("  idcard=" + settings.idCard() + (settings.idCardPort() == null ? "" : " on " + settings.idCardPort()));
        if ("ga467".equals(settings.idCard()) && settings.idCardPort() != null) {
            String port = settings.idCardPort();
            int baud = settings.idCardBaud();
            var state = new Ga467Reader(port, baud, () -> JSerialCommLink.open(port, baud)).probe();
            out.println("  GA/T 467 reader " + port + " at " + baud + " baud: " + state.condition() + " "
                    + DeviceStateText.reason(new I18n(Locale.SIMPLIFIED_CHINESE), state));
        }
        if (settings.idCardLibrary() != null) {
            try {
                var state = new SdkIdCardReader(Path.of(settings.idCardLibrary())).probe();
                out.println("  SDK reader " + settings.idCardLibrary() + ": " + state.condition() + " "
                        + DeviceStateText.reason(new I18n(Locale.SIMPLIFIED_CHINESE), state));
            } catch (IllegalArgumentException e) {
                out.println("  SDK reader: " + e.getMessage());
            }
        }
        if (settings.photoDecoder() != null) {
            try {
                new WltLibraryDecoder(Path.of(settings.photoDecoder()));
                out.println("  photo decoder " + settings.photoDecoder() + ": loaded");
            } catch (IllegalArgumentException e) {
                out.println("  photo decoder: " + e.getMessage());
            }
        }
    }
}
