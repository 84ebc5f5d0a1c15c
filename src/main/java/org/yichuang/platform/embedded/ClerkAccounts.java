package org.yichuang.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.domain.clerk.ClerkSession;
import org.yichuang.platform.Json;

/** Clerk accounts (PBKDF2-hashed passwords) and their bearer tokens (stored as SHA-256 only). */
final class ClerkAccounts {
    /** The demo accounts the README lists, from the platform's seed data (clerks.json). */
    static final List<DemoAccount> DEMO = demoAccounts();

    record DemoAccount(Clerk clerk, String password) {
    }

    private record Seed(List<DemoAccount> accounts) {
    }

    private static final int ITERATIONS = 60_000;
    private final PlatformDatabase db;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ClerkAccounts(PlatformDatabase db, Clock clock) throws SQLException {
        this.db = db;
        this.clock = clock;
        for (DemoAccount demo : DEMO) {
            addIfAbsent(demo.clerk(), demo.password().toCharArray());
        }
    }

    Optional<ClerkSession> signIn(String username, char[] password) throws SQLException {
        record Account(Clerk clerk, byte[] salt, byte[] hash) {
        }
        Optional<Account> account = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT display_name, hall, window, salt, hash, region FROM clerks WHERE username = ?")) {
                s.setString(1, username);
                ResultSet r = s.executeQuery();
                return r.next() ? Optional.of(new Account(new Clerk(username, r.getString(1), r.getString(2),
                        r.getString(3), r.getString(6)), r.getBytes(4), r.getBytes(5))) : Optional.empty();
            }
        });
        // the slow hash runs outside any transaction: no lock is held while it works
        if (account.isEmpty() || !MessageDigest.isEqual(account.get().hash(), hash(password, account.get().salt()))) {
            return Optional.empty();
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        OffsetDateTime expires = OffsetDateTime.now(clock).plusHours(12);
        db.transaction(c -> {
            try (PreparedStatement t = c.prepareStatement("INSERT INTO tokens VALUES (?, ?, ?)")) {
                t.setString(1, sha256(token));
                t.setString(2, username);
                t.setString(3, expires.toString());
                return t.executeUpdate();
            }
        });
        return Optional.of(new ClerkSession(token, expires, account.get().clerk()));
    }

    /** The clerk a bearer token belongs to, while it has not expired. */
    Optional<Clerk> clerkOf(String token) throws SQLException {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT k.username, k.display_name, k.hall, k.window, t.expires_at, k.region
                    FROM tokens t JOIN clerks k ON k.username = t.username WHERE t.token_hash = ?""")) {
                s.setString(1, sha256(token));
                ResultSet r = s.executeQuery();
                if (!r.next() || OffsetDateTime.parse(r.getString(5)).isBefore(OffsetDateTime.now(clock))) {
                    return Optional.empty();
                }
                return Optional.of(new Clerk(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(6)));
            }
        });
    }

    private void addIfAbsent(Clerk clerk, char[] password) throws SQLException {
        boolean exists = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM clerks WHERE username = ?")) {
                s.setString(1, clerk.username());
                return s.executeQuery().next();
            }
        });
        if (exists) {
            return; // hashing is slow on purpose: skip it for accounts that exist
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = hash(password, salt);
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO clerks(username, display_name, hall, window, salt, hash, region) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, clerk.username());
                s.setString(2, clerk.displayName());
                s.setString(3, clerk.hall());
                s.setString(4, clerk.window());
                s.setBytes(5, salt);
                s.setBytes(6, hash);
                s.setString(7, clerk.region());
                return s.executeUpdate();
            }
        });
    }

    private static List<DemoAccount> demoAccounts() {
        try (InputStream in = ClerkAccounts.class.getResourceAsStream("clerks.json")) {
            if (in == null) {
                throw new IllegalStateException("clerks.json is missing from the platform's resources");
            }
            return List.copyOf(Json.mapper().readValue(in, Seed.class).accounts());
        } catch (IOException e) {
            throw new UncheckedIOException("clerks.json cannot be read", e);
        }
    }

    private static byte[] hash(char[] password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
