package org.yichuang.platform.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.yichuang.sqlite.Sqlite;

/**
 * The embedded platform's SQLite file: one connection per process, serialised here; other processes on the same
 * data directory are serialised by SQLite's write lock (ADR 0013).
 */
final class PlatformDatabase implements AutoCloseable {
    // cases.handling holds the case kind (INSTANT or PROMISE): the column keeps its first-release name
    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS clerks(username TEXT PRIMARY KEY, display_name TEXT NOT NULL, hall TEXT NOT NULL,
          window TEXT NOT NULL, salt BLOB NOT NULL, hash BLOB NOT NULL)""",
        "CREATE TABLE IF NOT EXISTS tokens(token_hash TEXT PRIMARY KEY, username TEXT NOT NULL, expires_at TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS cases(case_number TEXT PRIMARY KEY, day TEXT NOT NULL, seq INTEGER NOT NULL,
          subject_type TEXT NOT NULL, subject_code TEXT NOT NULL, subject_name TEXT NOT NULL, handling TEXT NOT NULL,
          status TEXT NOT NULL, status_since TEXT NOT NULL, sealed_applicant BLOB NOT NULL, sealed_form BLOB NOT NULL,
          applicant_key TEXT NOT NULL, masked_name TEXT NOT NULL, channel TEXT NOT NULL, window TEXT,
          clerk TEXT, accepted_at TEXT NOT NULL, promised_by TEXT NOT NULL, UNIQUE(day, seq))""",
        "CREATE INDEX IF NOT EXISTS cases_by_applicant ON cases(applicant_key)",
        "CREATE TABLE IF NOT EXISTS case_events(case_number TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL, note TEXT)",
        """
        CREATE TABLE IF NOT EXISTS case_materials(case_number TEXT NOT NULL, material_id TEXT NOT NULL, name TEXT NOT NULL,
          provision TEXT NOT NULL, due_date TEXT, sealed_content BLOB, sha256 TEXT, size INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY(case_number, material_id))""",
        """
        CREATE TABLE IF NOT EXISTS evaluations(case_number TEXT NOT NULL, at TEXT NOT NULL, score INTEGER NOT NULL,
          sealed_detail BLOB NOT NULL, channel TEXT NOT NULL, clerk TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS idempotency(idem_key TEXT NOT NULL, username TEXT NOT NULL, request_sha256 TEXT NOT NULL,
          case_number TEXT NOT NULL, PRIMARY KEY(idem_key, username))"""
    };

    /** Columns added after the first release: a database from then gains them on start (table, column, type). */
    private static final String[][] ADDED_COLUMNS = {
        {"clerks", "region", "TEXT NOT NULL DEFAULT '610000'"},
        {"cases", "decision", "TEXT NOT NULL DEFAULT 'ACCEPT'"},
        {"cases", "sealed_extra", "BLOB"},
        {"cases", "accepting_region", "TEXT NOT NULL DEFAULT ''"},
        {"cases", "handling_region", "TEXT NOT NULL DEFAULT ''"},
        {"case_materials", "licence_number", "TEXT NOT NULL DEFAULT ''"},
        {"case_materials", "declared_size", "INTEGER NOT NULL DEFAULT 0"},
        {"case_materials", "declared_sha256", "TEXT"},
        {"case_materials", "declared_sm3", "TEXT"},
        {"case_materials", "supplied_at", "TEXT"},
    };

    private final Connection connection;

    private static void addIfMissing(Statement s, String table, String column, String type) throws SQLException {
        boolean present = false;
        try (var columns = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (columns.next()) {
                present |= columns.getString("name").equals(column);
            }
        }
        if (!present) {
            s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
        }
    }

    PlatformDatabase(Path directory) throws SQLException {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create " + directory, e);
        }
        connection = Sqlite.open(directory.resolve("platform.db"), false);
        // one write transaction: a second process starting at the same time waits, then finds the columns added
        transaction(c -> {
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
                for (String[] column : ADDED_COLUMNS) {
                    addIfMissing(s, column[0], column[1], column[2]);
                }
            }
            return null;
        });
    }

    /**
     * Runs {@code work} in one write transaction that holds the write lock from its first statement (BEGIN
     * IMMEDIATE): another process's writer makes it wait (busy timeout), never fail half-way on a lock upgrade.
     */
    synchronized <T> T transaction(SqlWork<T> work) throws SQLException {
        return inTransaction("BEGIN IMMEDIATE", work);
    }

    /** Runs {@code work} on one consistent snapshot without taking the write lock (WAL readers do not wait). */
    synchronized <T> T read(SqlWork<T> work) throws SQLException {
        return inTransaction("BEGIN DEFERRED", work);
    }

    // BEGIN/COMMIT by hand, not setAutoCommit(false): sqlite-jdbc begins the next transaction right after each
    // commit, which in IMMEDIATE mode would take the write lock again for nothing and could fail after a commit.
    private <T> T inTransaction(String begin, SqlWork<T> work) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(begin);
            try {
                T result = work.run(connection);
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
