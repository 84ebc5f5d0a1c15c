package org.yichuang.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two connections stand in for two processes: SQLite locks the file the same way for both. */
class SqliteTest {
    // a thread each: the common pool may have a single worker on a 2-core machine and run them one after another
    private static final String JDBC = "setAutoCommit(false)";
    private static final Executor THREADS = task -> Thread.ofPlatform().start(task);
    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void table() throws SQLException {
        file = dir.resolve("t.db");
        try (Connection c = Sqlite.open(file, false)) {
            c.createStatement().execute("CREATE TABLE t(n INTEGER)");
        }
    }

    @Test
    void everyConnectionUsesWalAndWaitsForTheWriteLock() throws SQLException {
        try (Connection c = Sqlite.open(file, true); var s = c.createStatement()) {
            assertThat(single(s, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(s, "PRAGMA busy_timeout")).isEqualTo(String.valueOf(Sqlite.BUSY_TIMEOUT_MILLIS));
            assertThat(single(s, "PRAGMA secure_delete")).isEqualTo("1");
        }
    }

    @Test
    void aReadThenWriteTransactionWaitsForAnotherWriterInsteadOfFailing() throws Exception {
        try (Connection a = Sqlite.open(file, false); Connection b = Sqlite.open(file, false)) {
            readThenWriteTogether(a, b, JDBC).get(30, TimeUnit.SECONDS); // plain JDBC transactions: the mode is Sqlite's
            assertThat(single(a.createStatement(), "SELECT COUNT(*) FROM t")).isEqualTo("2");
        }
    }

    /** The field fault's kind: a busy timeout alone does not help a deferred transaction that reads, then writes. */
    @Test
    void withTheOldSettingsAReadThenWriteTransactionFailsDespiteTheBusyTimeout() throws Exception {
        try (Connection a = oldConnection(); Connection b = oldConnection()) {
            assertThat(readThenWriteTogether(a, b, "BEGIN")).failsWithin(30, TimeUnit.SECONDS)
                    .withThrowableThat().havingRootCause().withMessageContaining("SQLITE_BUSY");
        }
    }

    @Test
    void noCodeOpensASqliteFileExceptThroughSqlite() throws Exception {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            assertThat(sources.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.endsWith("sqlite/Sqlite.java"))
                    .filter(p -> read(p).contains("jdbc:sqlite") || read(p).contains("DriverManager")).toList())
                    .as("connections opened without the busy timeout and BEGIN IMMEDIATE").isEmpty();
        }
    }

    /** {@code a} begins and reads, then holds its transaction open while {@code b} does the same; both outcomes. */
    private static CompletableFuture<Void> readThenWriteTogether(Connection a, Connection b, String begin) throws Exception {
        CountDownLatch aRead = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> readThenWrite(a, begin, aRead, 300), THREADS);
        assertThat(aRead.await(10, TimeUnit.SECONDS)).isTrue();
        return CompletableFuture.runAsync(() -> readThenWrite(b, begin, new CountDownLatch(1), 0), THREADS)
                .thenCombine(first, (x, y) -> null);
    }

    private static void readThenWrite(Connection c, String begin, CountDownLatch read, long holdMillis) {
        try (var s = c.createStatement()) {
            if (begin == JDBC) {
                c.setAutoCommit(false);
            } else {
                s.execute(begin);
            }
            single(s, "SELECT COUNT(*) FROM t");
            read.countDown();
            Thread.sleep(holdMillis); // the other connection begins and reads meanwhile (unless it must wait)
            s.execute("INSERT INTO t VALUES (1)");
            if (begin == JDBC) {
                c.commit();
                c.setAutoCommit(true);
            } else {
                s.execute("COMMIT");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Connection oldConnection() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        c.createStatement().execute("PRAGMA busy_timeout=5000");
        return c;
    }

    private static String single(java.sql.Statement s, String sql) throws SQLException {
        try (var r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
