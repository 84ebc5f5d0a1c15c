package org.yichuang.app;

import com.fazecast.jSerialComm.SerialPort;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
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
            out.println("  " + p.getSystemPortPath() + "  " + p.getDescriptivePortName());
        }
        out.println("PC/SC readers (social security cards):");
        out.println("  " + PcscProbe.describe());
        return 0;
    }

    private void configured(PrintWriter out, DeviceSettings settings) {
        out.println("Configured in " + file + ":");
        out.println("  idcard=" + settings.idCard() + (settings.idCardPort() == null ? "" : " on " + settings.idCardPort()));
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
