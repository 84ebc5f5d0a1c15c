package org.yichuang.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line of the GUI: {@code [--mode=clerk|kiosk] [--platform=embedded|URL] [--devices=sim|FILE]
 * [--data-dir=PATH] [--idle-timeout=SECONDS] [--font=PATH] [--exit-after-first-frame]}.
 */
public record LaunchOptions(Mode mode, Optional<URI> platformUrl, Optional<Path> devicesFile, Path dataDirectory,
                            Duration idleTimeout, Optional<Path> font, boolean exitAfterFirstFrame) {

    /** A command line that cannot be followed; the message says what is wrong. */
    public static final class BadOptions extends RuntimeException {
        public BadOptions(String message) {
            super(message);
        }
    }

    public static LaunchOptions parse(List<String> args) {
        Mode mode = Mode.CLERK;
        Optional<URI> platform = Optional.empty();
        Optional<Path> devices = Optional.empty();
        Path data = DataDirectories.userData();
        Duration idle = Duration.ofSeconds(60);
        Optional<Path> font = Optional.empty();
        boolean exitAfterFirstFrame = false;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? "" : arg.substring(eq + 1);
            switch (name) {
                case "--mode" -> mode = switch (value.toLowerCase(Locale.ROOT)) {
                    case "clerk" -> Mode.CLERK;
                    case "kiosk" -> Mode.KIOSK;
                    default -> throw new BadOptions("--mode must be clerk or kiosk, not '" + value + "'");
                };
                case "--platform" -> platform = value.equals("embedded") ? Optional.empty() : Optional.of(url(value));
                case "--devices" -> devices = value.equals("sim") ? Optional.empty() : Optional.of(Path.of(value));
                case "--data-dir" -> data = Path.of(required(name, value));
                case "--idle-timeout" -> idle = Duration.ofSeconds(number(name, value, 5, 3600));
                case "--font" -> font = Optional.of(Path.of(required(name, value)));
                case "--exit-after-first-frame" -> exitAfterFirstFrame = true;
                default -> throw new BadOptions("unknown option '" + arg + "'; see --help");
            }
        }
        return new LaunchOptions(mode, platform, devices, data, idle, font, exitAfterFirstFrame);
    }

    static URI url(String value) {
        try {
            URI uri = URI.create(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new BadOptions("--platform must be 'embedded' or an http(s) URL, not '" + value + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new BadOptions("--platform must be 'embedded' or an http(s) URL, not '" + value + "'");
        }
    }

    static long number(String name, String value, long min, long max) {
        try {
            long n = Long.parseLong(value);
            if (n < min || n > max) {
                throw new BadOptions(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadOptions(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static String required(String name, String value) {
        if (value.isBlank()) {
            throw new BadOptions(name + " needs a value: " + name + "=...");
        }
        return value;
    }
}
