package org.yichuang.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a machine lacks to open the window, said in one line that names the missing piece, instead of JavaFX's stack
 * trace. Checked before the launch (Linux: a display, GTK 3) and read from a launch that failed anyway.
 */
final class GraphicsCheck {
    /** Where Debian, Ubuntu, Fedora and Arch put GTK 3, which JavaFX's Linux window toolkit (Glass) loads. */
    static final List<Path> GTK3 = List.of(Path.of("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0"),
            Path.of("/usr/lib/aarch64-linux-gnu/libgtk-3.so.0"), Path.of("/usr/lib64/libgtk-3.so.0"),
            Path.of("/usr/lib/libgtk-3.so.0"));
    static final String NO_DISPLAY = "no display: DISPLAY (or WAYLAND_DISPLAY) is not set. Start Yichuang from the "
            + "desktop session, or under a virtual one: xvfb-run -a target/dist/yichuang/bin/yichuang";
    static final String NO_GTK = "GTK 3 is missing, which JavaFX needs to open a window on Linux: "
            + "sudo apt install libgtk-3-0 (Debian 13 and Ubuntu 24.04: libgtk-3-0t64)";

    private GraphicsCheck() {
    }

    /** Why the window cannot open here; empty when it may. */
    static Optional<String> before(String osName, Map<String, String> env, Predicate<Path> exists) {
        if (!osName.toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of(NO_DISPLAY);
        }
        return GTK3.stream().anyMatch(exists) ? Optional.empty() : Optional.of(NO_GTK);
    }

    static Optional<String> here() {
        return before(System.getProperty("os.name", ""), System.getenv(), Files::exists);
    }

    /** The line to print for a launch that failed: the missing piece when the failure names one, else its message. */
    static String after(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        String text = all.toString();
        if (text.contains("DISPLAY")) {
            return NO_DISPLAY;
        }
        if (text.contains("gtk") || text.contains("GTK")) {
            return NO_GTK;
        }
        if (text.contains("pipeline") || text.contains("QuantumRenderer")) {
            return "the window cannot be drawn: no graphics pipeline (OpenGL ES 2 or software) could start; "
                    + "try -Dprism.order=sw in JAVA_OPTS";
        }
        return "the window could not open: " + failure;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
