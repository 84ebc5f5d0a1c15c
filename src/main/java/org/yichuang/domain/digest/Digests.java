package org.yichuang.domain.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hex digests of a file: SHA-256 from the JDK and SM3 (GB/T 32905) from {@link Sm3}. */
public final class Digests {
    private Digests() {
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String sm3(byte[] data) {
        return HexFormat.of().formatHex(Sm3.digest(data));
    }
}
