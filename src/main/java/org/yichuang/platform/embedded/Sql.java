package org.yichuang.platform.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads of one column with one string parameter, the shape most of the platform's lookups take (cases, evaluations),
 * so each of them is a line of SQL rather than a statement loop.
 */
final class Sql {
    private Sql() {
    }

    /** The first row's value, or null when there is no row. */
    static String single(Connection c, String sql, String arg) throws SQLException {
        List<String> values = column(c, sql, arg);
        return values.isEmpty() ? null : values.getFirst();
    }

    static List<String> column(Connection c, String sql, String arg) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
