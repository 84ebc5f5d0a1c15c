package org.yichuang.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * The one way this code base opens a SQLite file, so every connection can share its file with another process
 * (the desktop app and {@code serve-platform} default to the same data directory; ADR 0013):
 * <ul>
 *   <li>a busy timeout: a write waits for another writer instead of failing with "database is locked";</li>
 *   <li>{@code BEGIN IMMEDIATE} for transactions: the write lock is taken at the start, so a read-then-write
 *       transaction cannot fail on upgrading its lock (SQLITE_BUSY there ignores the busy timeout);</li>
 *   <li>WAL: readers never wait for the writer.</li>
 * </ul>
 */
public final class Sqlite {
    /** How long a statement waits for another connection's write lock before it gives up. */
    public static final int BUSY_TIMEOUT_MILLIS = 15_000;

    private Sqlite() {
    }

    /** Opens {@code file}; {@code secureDelete} zeroes the pages of deleted rows (personal data). */
    public static Connection open(Path file, boolean secureDelete) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS); // set on open, before the pragmas below need a lock
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL); // durable enough under WAL, far fewer fsyncs
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (secureDelete) {
            config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }
}
