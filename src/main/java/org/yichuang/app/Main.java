package org.yichuang.app;

import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import org.yichuang.platform.embedded.Version;

/** The launcher's entry point: the GUI, or a technician's subcommand. */
public final class Main {
    static final String USAGE = """
            Yichuang 一窗 — government service hall client

            Usage:
              yichuang [--mode=clerk|kiosk] [--platform=embedded|URL] [--devices=sim|FILE] [options]
              yichuang serve-platform --port N [--bind ADDRESS] [--data-dir PATH] [--status-step SECONDS]
              yichuang devices [--devices FILE]
              yichuang read-id --port PATH | --sdk LIBRARY | --pcsc READER|auto [--baud N] [--timeout SECONDS] [--json] [--unmasked]
              yichuang emulate-idcard --port PATH
              yichuang sample-documents --out DIR [--font PATH]
              yichuang material --in FILE --out FILE.pdf
              yichuang --version | --help

            GUI options:
              --mode=clerk|kiosk        clerk workstation (default) or 24-hour kiosk (full screen)
              --platform=embedded|URL   the embedded platform (default) or the province's platform URL
              --devices=sim|FILE        simulated devices (default) or a device settings file
              --data-dir=PATH           where data is kept (default: the user's data directory)
              --idle-timeout=SECONDS    kiosk: return to the start screen after this idle time (default 60)
              --font=PATH               a TrueType CJK font for documents (default: found on the system)
              --exit-after-first-frame  print first-frame-ms=<ms since JVM start> and exit (benchmarks)
            """;

    private Main() {
    }

    public static void main(String[] args) throws java.io.IOException {
        List<String> list = Arrays.asList(args);
        try {
            if (list.contains("--help") || list.contains("-h")) {
                System.out.print(USAGE);
            } else if (list.contains("--version")) {
                System.out.println("yichuang " + Version.VALUE);
            } else if (!list.isEmpty() && list.getFirst().equals("serve-platform")) {
                ServePlatformCommand.run(list.subList(1, list.size()));
            } else if (!list.isEmpty() && list.getFirst().equals("devices")) {
                System.exit(DeviceCommands.devices(list.subList(1, list.size())));
            } else if (!list.isEmpty() && list.getFirst().equals("read-id")) {
                System.exit(DeviceCommands.readId(list.subList(1, list.size())));
            } else if (!list.isEmpty() && list.getFirst().equals("sample-documents")) {
                System.exit(SampleDocumentsCommand.run(list.subList(1, list.size()), System.out, System.err));
            } else if (!list.isEmpty() && list.getFirst().equals("material")) {
                System.exit(MaterialCommand.run(list.subList(1, list.size()), System.out, System.err));
            } else if (!list.isEmpty() && list.getFirst().equals("emulate-idcard")) {
                System.exit(DeviceCommands.emulate(list.subList(1, list.size())));
            } else {
                LaunchOptions.parse(list); // fail before any window opens
                Application.launch(YichuangApp.class, args);
            }
        } catch (LaunchOptions.BadOptions e) {
            System.err.println("yichuang: " + e.getMessage());
            System.exit(2);
        }
    }
}
