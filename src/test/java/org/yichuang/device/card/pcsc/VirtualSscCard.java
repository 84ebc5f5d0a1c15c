package org.yichuang.device.card.pcsc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The virtual social security card (src/test/pcsc/ssc_card.py) in vpcd's first slot, run by Debian's python3. */
final class VirtualSscCard implements AutoCloseable {
    static final String VICC_LIB = "/usr/lib/python3/site-packages/virtualsmartcard";
    private Process process;

    static boolean available() {
        return Files.isDirectory(Path.of(VICC_LIB)) && Files.isExecutable(Path.of("/usr/sbin/pcscd"));
    }

    /** Debian's vicc imports Crypto where Debian ships Cryptodome (device-lab.md): a folder with a symlink fixes it. */
    private static Path cryptoShim() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "yichuang-crypto-shim");
        Path link = dir.resolve("Crypto");
        if (!Files.exists(link)) {
            Files.createDirectories(dir);
            Files.createSymbolicLink(link, Path.of("/usr/lib/python3/dist-packages/Cryptodome"));
        }
        return dir;
    }

    void insert() throws IOException {
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", "src/test/pcsc/ssc_card.py", "--port", "35963");
        pb.environment().put("PYTHONPATH", VICC_LIB + ":" + cryptoShim());
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        process = pb.start();
    }

    void remove() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        remove();
    }

    static void restartPcscd() throws IOException, InterruptedException {
        stopPcscd();
        new ProcessBuilder("/usr/sbin/pcscd").inheritIO().start().waitFor(5, TimeUnit.SECONDS); // daemonises
        Thread.sleep(1000);
    }

    static void stopPcscd() throws IOException, InterruptedException {
        new ProcessBuilder("pkill", "-x", "pcscd").start().waitFor(5, TimeUnit.SECONDS);
        for (int i = 0; i < 50 && new ProcessBuilder("pgrep", "-x", "pcscd").start().waitFor() == 0; i++) {
            Thread.sleep(100);
        }
    }
}
