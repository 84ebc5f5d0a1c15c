package org.yichuang.store;

import org.yichuang.sqlite.Sqlite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.usecase.port.CaseOutbox;

/**
 * The outbox in SQLite on this workstation: each entry sealed whole (submission and files), so neither a name nor
 * a scan is readable on disk. Writes are committed before {@link #keep} returns: a crash right after keeps it.
 */
public final class SqliteCaseOutbox implements CaseOutbox {
    private record Sealed(CaseSubmission submission, Map<String, byte[]> files) {
    }

    private final Path file;
    private final Seal seal;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // entries sealed by an older release
            .build();

    public SqliteCaseOutbox(Path directory, Clock clock) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + directory, e);
        }
        this.file = directory.resolve("outbox.db");
        this.seal = new Seal(directory.resolve("outbox.key"));
        this.clock = clock;
        run(c -> {
            try (var s = c.createStatement()) {
                s.execute("""
                        CREATE TABLE IF NOT EXISTS outbox (idempotency_key TEXT PRIMARY KEY, sealed BLOB NOT NULL,
                          kept_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)""");
            }
            return null;
        });
    }

    @Override
    public void keep(String key, CaseSubmission submission, Map<String, byte[]> files) {
        byte[] sealed;
        try {
            sealed = seal.seal(json.writeValueAsBytes(new Sealed(submission, files)));
        } catch (IOException e) {
            throw new StoreException("cannot serialise a case for the outbox", e);
        }
        run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT OR REPLACE INTO outbox (idempotency_key, sealed, kept_at) VALUES (?, ?, ?)")) {
                s.setString(1, key);
                s.setBytes(2, sealed);
                s.setString(3, OffsetDateTime.now(clock).toString());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<Entry> entries() {
        return run(c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT idempotency_key, sealed, kept_at, attempts, last_error FROM outbox ORDER BY kept_at, rowid")) {
                ResultSet r = s.executeQuery();
                while (r.next()) {
                    Sealed open = open(r.getBytes(2));
                    out.add(new Entry(r.getString(1), open.submission(), open.files(), OffsetDateTime.parse(r.getString(3)),
                            r.getInt(4), r.getString(5)));
                }
            }
            return out;
        });
    }

    private Sealed open(byte[] sealed) {
        try {
            return json.readValue(seal.open(sealed), Sealed.class);
        } catch (IOException e) {
            throw new StoreException("an outbox entry is damaged", e);
        }
    }

    @Override
    public void sent(String key) {
        update("DELETE FROM outbox WHERE idempotency_key = ?", key);
    }

    @Override
    public void failed(String key, String reason) {
        run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE idempotency_key = ?")) {
                s.setString(1, reason == null ? "" : reason.substring(0, Math.min(500, reason.length())));
                s.setString(2, key);
                return s.executeUpdate();
            }
        });
    }

    private void update(String sql, String key) {
        run(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, key);
                return s.executeUpdate();
            }
        });
    }

    private interface Work<T> {
        T in(Connection c) throws SQLException;
    }

    private synchronized <T> T run(Work<T> work) {
        // WAL, busy timeout, BEGIN IMMEDIATE: a second instance of the app on this directory waits, never fails;
        // secure_delete: a sent entry's pages are zeroed, not just freed
        try (Connection c = Sqlite.open(file, true)) {
            return work.in(c);
        } catch (SQLException e) {
            throw new StoreException("the outbox database failed: " + e.getMessage(), e);
        }
    }
}
