package org.yichuang.device.idcard.ga467;

import java.nio.file.Path;

/** Lets command tests in other packages use a socat pty pair ({@code ttyREADER} and {@code ttyAPP} in {@code dir}). */
public final class PtyPairAccess {
    private PtyPairAccess() {
    }

    public static AutoCloseable open(Path dir) throws Exception {
        return new PtyPair(dir);
    }
}
