package org.yichuang.app;

import java.nio.file.Path;

/** Where the application keeps its data on each operating system. */
final class DataDirectories {
    private DataDirectories() {
    }

    static Path userData() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "Yichuang");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Yichuang");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "yichuang") : Path.of(home, ".local", "share", "yichuang");
    }
}
