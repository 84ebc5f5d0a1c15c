package org.yichuang.store;

import org.yichuang.sqlite.KeyFiles;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for personal data this workstation keeps (ADR 0004). The key is a file readable by its owner only,
 * made on first use; a sealed value is the nonce followed by the ciphertext and tag.
 */
public final class Seal {
    private static final int NONCE = 12;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public Seal(Path keyFile) {
        this.key = new SecretKeySpec(KeyFiles.loadOrCreate(keyFile), "AES");
    }

    public byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** Opens a sealed value; a value sealed with another key or altered fails with a clear message. */
    public byte[] open(byte[] sealed) {
        if (sealed == null || sealed.length < NONCE + 16) {
            throw new IllegalStateException("a sealed record is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE));
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed record does not open with this machine's key (altered, or the key file was replaced)", e);
        }
    }
}
