package org.yichuang.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The GUI's options as picocli reads them; {@link #toLaunchOptions()} gives the record the composition root takes. */
final class GuiOptions {
    @Option(names = "--mode", paramLabel = "clerk|kiosk", converter = Converters.ModeName.class,
            completionCandidates = Converters.ModeNames.class,
            description = "clerk workstation (default) or 24-hour kiosk (full screen)")
    Mode mode = Mode.CLERK;

    @Option(names = "--platform", paramLabel = "embedded|URL", converter = Converters.PlatformUrl.class,
            description = "the embedded platform (default) or the province's platform URL")
    URI platform;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--devices", paramLabel = "sim|FILE", converter = Converters.DevicesFile.class,
            description = "simulated devices (default) or a device settings file")
    Path devices;

    @Option(names = "--data-dir", paramLabel = "PATH", converter = Converters.DataDirectory.class,
            description = "where data is kept (default: the user's data directory)")
    Path dataDirectory = DataDirectories.userData();

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", converter = Converters.IdleSeconds.class,
            description = "kiosk: return to the start screen after this idle time, 5 to 3600 (default 60)")
    Duration idleTimeout = Duration.ofSeconds(60);

    @Option(names = "--font", paramLabel = "PATH", converter = Converters.FontFile.class,
            description = "a TrueType CJK font for documents (default: found on the system)")
    Path font;

    @Option(names = "--time-zone", paramLabel = "ZONE", converter = Converters.Zone.class,
            description = "the hall's time zone: every date and time is shown and printed in it (default Asia/Shanghai)")
    java.time.ZoneId timeZone = org.yichuang.domain.cases.Regions.HALL_ZONE;

    @Option(names = "--exit-after-first-frame",
            description = "print first-frame-ms=<ms since JVM start> and exit (benchmarks)")
    boolean exitAfterFirstFrame;

    LaunchOptions toLaunchOptions() {
        return new LaunchOptions(mode, Optional.ofNullable(platform), Optional.ofNullable(devices), dataDirectory,
                idleTimeout, Optional.ofNullable(font), exitAfterFirstFrame, connection.settings(), timeZone);
    }
}
