package org.yichuang.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * A 32-byte key in a file readable by its owner only, made on first use. Two processes starting together on one
 * data directory must not each make their own key (one would seal what the other cannot open): making the key
 * holds an OS file lock on a sibling {@code .lock} file.
 */
public final class KeyFiles {
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFiles() {
    }

    /** Synchronised: a JVM may hold one file lock per file, so threads of one process queue here. */
    public static synchronized byte[] loadOrCreate(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            try (FileChannel lock = FileChannel.open(absolute.resolveSibling(absolute.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 var _ = lock.lock()) {
                return Files.exists(absolute) ? read(absolute) : create(absolute);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        byte[] key = Files.readAllBytes(file);
        if (key.length != BYTES) {
            throw new IllegalStateException("the key file " + file + " is damaged (" + key.length + " bytes, not 32)");
        }
        return key;
    }

    private static byte[] create(Path file) throws IOException {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        Path tmp = Files.createTempFile(file.getParent(), "key", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory sits in the user's profile, which only they can read
        }
        Files.write(tmp, key);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE); // never seen half-written
        return key;
    }
}
