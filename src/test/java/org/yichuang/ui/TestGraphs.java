package org.yichuang.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.yichuang.app.Composition;
import org.yichuang.app.LaunchOptions;
import org.yichuang.app.Seams;
import org.yichuang.platform.TestPlatform;

/**
 * The application's own object graph for a TestFX flow, built by the composition root against a test platform: the
 * test chooses only the seams (clock, card reader, dialogs). No printer is configured, so nothing reaches a queue.
 */
public final class TestGraphs {
    private TestGraphs() {
    }

    /** A composition of {@code mode} ("clerk" or "kiosk") over {@code platform}, its data under the platform's. */
    public static Composition of(String mode, TestPlatform platform, Seams seams, Duration idleTimeout) {
        try {
            Path data = Files.createDirectories(platform.dataDirectory.resolve("app-" + mode));
            Path devices = Files.writeString(data.resolve("devices.properties"), "idcard=sim\nprinter=none\n");
            return new Composition(LaunchOptions.parse(List.of("--mode=" + mode, "--platform=" + platform.server.baseUri(),
                    "--data-dir=" + data, "--devices=" + devices, "--idle-timeout=" + idleTimeout.toSeconds())), seams);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
