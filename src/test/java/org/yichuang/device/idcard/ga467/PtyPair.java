package org.yichuang.device.idcard.ga467;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Two linked ptys from socat: the emulator holds one end, the driver opens the other by path. */
final class PtyPair implements AutoCloseable {
    final Path reader;
    final Path app;
    private Process socat;

    PtyPair(Path dir) throws IOException, InterruptedException {
        this.reader = dir.resolve("ttyREADER");
        this.app = dir.resolve("ttyAPP");
        start();
    }

    static boolean socatInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/socat"));
    }

    void start() throws IOException, InterruptedException {
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + reader, "pty,raw,echo=0,link=" + app)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(reader) && Files.exists(app)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (!Files.exists(app)) {
            throw new IOException("socat did not create the pty pair");
        }
    }

    /** Closes both ptys, as pulling the reader's USB cable would. */
    void unplug() throws InterruptedException {
        socat.destroy();
        socat.waitFor(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        unplug();
    }
}
