package org.yichuang.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values the command line takes, checked where they are read: picocli names the option in front of each message
 * ("Invalid value for option '--baud': must be a whole number from 9600 to 115200, not '300'").
 */
final class Converters {
    private Converters() {
    }

    /** A whole number in {@code [min, max]}; the message says the range. Also used for device settings. */
    static long number(String value, long min, long max) {
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below, with the range
        }
        throw new IllegalArgumentException("must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    private static long checked(String value, long min, long max) {
        try {
            return number(value, min, max);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** {@code --mode}: clerk or kiosk, in any case. */
    static final class ModeName implements ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "clerk" -> Mode.CLERK;
                case "kiosk" -> Mode.KIOSK;
                default -> throw new TypeConversionException("must be clerk or kiosk, not '" + value + "'");
            };
        }
    }

    /** What shell completion offers for {@code --mode}. */
    static final class ModeNames extends java.util.ArrayList<String> {
        ModeNames() {
            super(List.of("clerk", "kiosk"));
        }
    }

    /** {@code --platform}: {@code embedded} (null: the in-process platform) or an http(s) URL with a host. */
    static final class PlatformUrl implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            if (value.equals("embedded")) {
                return null;
            }
            try {
                URI uri = URI.create(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (IllegalArgumentException e) {
                // said below
            }
            throw new TypeConversionException("must be 'embedded' or an http(s) URL, not '" + value + "'");
        }
    }

    /** {@code --devices}: {@code sim} (null: simulated devices) or a device settings file. */
    static final class DevicesFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.equals("sim")) {
                return null;
            }
            Path file = new SomePath().convert(value);
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new TypeConversionException("no device settings file at " + file + " (or sim)");
            }
            return file;
        }
    }

    /**
     * {@code --font}: a readable TrueType/OpenType font (or collection) with a glyph for every character the documents'
     * wording needs; a wrong file is refused before anything starts, naming what is missing (field case: a file that is
     * not a font gave a stack trace).
     */
    static final class FontFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = new SomePath().convert(value);
            if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
                throw new TypeConversionException("no readable font file at " + file);
            }
            java.util.List<Integer> lacking;
            try {
                lacking = org.yichuang.pdf.CjkFont.ifPresent(file).orElseThrow().lacking(org.yichuang.documents.PdfCaseDocuments.wordingCharacters());
            } catch (java.io.IOException | RuntimeException e) {
                throw new TypeConversionException(file + " is not a TrueType or OpenType font (" + e.getMessage() + ")");
            }
            if (!lacking.isEmpty()) {
                StringBuilder chars = new StringBuilder();
                lacking.stream().limit(20).forEach(chars::appendCodePoint);
                throw new TypeConversionException(file + " lacks " + lacking.size() + " character(s) the documents need: "
                        + chars + (lacking.size() > 20 ? " …" : ""));
            }
            return file;
        }
    }

    /**
     * {@code --data-dir}: a directory this user can write, or one that can be made; never a file (field case: a file
     * or a read-only directory gave a stack trace and no window).
     */
    static final class DataDirectory implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path dir = new SomePath().convert(value).toAbsolutePath();
            if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
                throw new TypeConversionException(dir + " is a file, not a directory");
            }
            Path existing = dir;
            while (existing != null && !java.nio.file.Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !java.nio.file.Files.isDirectory(existing) || !java.nio.file.Files.isWritable(existing)) {
                throw new TypeConversionException(dir + " cannot be written by this user"
                        + (existing == null ? "" : " (" + existing + " is read-only)"));
            }
            return dir;
        }
    }

    /** A path that is not empty ({@code --data-dir=} is a mistake, not the current directory). */
    static final class SomePath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("needs a path, not an empty value");
            }
            return Path.of(value);
        }
    }

    /** {@code --idle-timeout}: 5 s to an hour. */
    static final class IdleSeconds implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Duration.ofSeconds(checked(value, 5, 3600));
        }
    }

    /** {@code --time-zone}: a region id such as Asia/Shanghai (not a bare offset: offsets do not follow the rules). */
    static final class Zone implements ITypeConverter<java.time.ZoneId> {
        @Override
        public java.time.ZoneId convert(String value) {
            String v = value.strip();
            if (!java.time.ZoneId.getAvailableZoneIds().contains(v)) {
                throw new picocli.CommandLine.TypeConversionException("not a time zone: '" + value
                        + "' (a region id such as Asia/Shanghai or Asia/Urumqi)");
            }
            return java.time.ZoneId.of(v);
        }
    }

    /** {@code --status-step}: a second to a day. */
    static final class StepSeconds implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Duration.ofSeconds(checked(value, 1, 86_400));
        }
    }

    /** {@code read-id --timeout}: a second to ten minutes. */
    static final class TimeoutSeconds implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) checked(value, 1, 600);
        }
    }

    /** {@code read-id --baud}: the rates GA/T 467 readers use. */
    static final class Baud implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) checked(value, 9600, 115200);
        }
    }

    /** {@code serve-platform --port}: 0 takes any free port (tests run a second platform so). */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) checked(value, 0, 65535);
        }
    }
}
