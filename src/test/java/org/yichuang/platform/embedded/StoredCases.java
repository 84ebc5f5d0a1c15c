package org.yichuang.platform.embedded;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** What the platform stored, read straight from its SQLite file (WAL: reading never blocks the platforms). */
final class StoredCases {
    private StoredCases() {
    }

    /** The number of case rows and of distinct case numbers. */
    static List<Integer> count(Path data) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("platform.db"));
             var r = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT case_number) FROM cases")) {
            r.next();
            return List.of(r.getInt(1), r.getInt(2));
        }
    }

    /** Cases not yet completed. */
    static int open(Path data) throws SQLException {
        return number(data, "SELECT COUNT(*) FROM cases WHERE status <> 'COMPLETED'");
    }

    static int events(Path data) throws SQLException {
        return number(data, "SELECT COUNT(*) FROM case_events");
    }

    private static int number(Path data, String sql) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("platform.db"));
             var r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Each status change that came sooner than {@code step} after the case's previous one, as "case: a -> b". */
    static List<String> eventsCloserThan(Path data, Duration step) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("platform.db"));
             var r = c.createStatement().executeQuery(
                     "SELECT case_number, status, at FROM case_events ORDER BY case_number, rowid")) {
            String number = null;
            OffsetDateTime last = null;
            while (r.next()) {
                OffsetDateTime at = OffsetDateTime.parse(r.getString(3));
                if (r.getString(1).equals(number) && Duration.between(last, at).compareTo(step) < 0) {
                    out.add(number + ": " + last + " -> " + r.getString(2) + " at " + at);
                }
                number = r.getString(1);
                last = at;
            }
        }
        return out;
    }
}
