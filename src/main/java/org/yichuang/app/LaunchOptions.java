package org.yichuang.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.yichuang.platform.client.ConnectionSettings;
import picocli.CommandLine;

/**
 * The command line of the GUI: {@code [--mode=clerk|kiosk] [--platform=embedded|URL] [--devices=sim|FILE]
 * [--data-dir=PATH] [--idle-timeout=SECONDS] [--font=PATH] [--time-zone=ZONE] [--exit-after-first-frame]
 * [--proxy=URL|direct] [--trusted-root=PEM]}, read by picocli ({@link GuiOptions}). {@code connection}: the proxy and
 * roots to the platform; {@code timeZone}: the hall's, in which every date and time is shown and printed.
 */
public record LaunchOptions(Mode mode, Optional<URI> platformUrl, Optional<Path> devicesFile, Path dataDirectory,
                            Duration idleTimeout, Optional<Path> font, boolean exitAfterFirstFrame,
                            ConnectionSettings connection, java.time.ZoneId timeZone) {

    /** A command line or a device setting that cannot be followed; the message says what is wrong. */
    public static final class BadOptions extends RuntimeException {
        public BadOptions(String message) {
            super(message);
        }
    }

    /** The GUI's options; both {@code --opt=value} and {@code --opt value}. Anything else is a {@link BadOptions}. */
    public static LaunchOptions parse(List<String> args) {
        GuiOptions options = new GuiOptions();
        try {
            new CommandLine(options).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new BadOptions(e.getMessage());
        }
        return options.toLaunchOptions();
    }
}
