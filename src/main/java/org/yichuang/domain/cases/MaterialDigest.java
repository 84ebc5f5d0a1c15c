package org.yichuang.domain.cases;

import org.yichuang.domain.digest.Digests;

/** The size and the SHA-256 and SM3 digests (hex, lower case) of a material's PDF, as declared on submission. */
public record MaterialDigest(long sizeBytes, String sha256, String sm3) {
    public static MaterialDigest of(byte[] pdf) {
        return new MaterialDigest(pdf.length, Digests.sha256(pdf), Digests.sm3(pdf));
    }

    public boolean matches(byte[] pdf) {
        return equals(of(pdf));
    }
}
