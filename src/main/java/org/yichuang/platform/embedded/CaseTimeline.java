package org.yichuang.platform.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.StatusChange;

/**
 * A case's timeline in SQLite: the status changes in {@code case_events}, and the move of the case row's status that
 * goes with one. Kept apart from the case row so every change of status is written in one place.
 */
final class CaseTimeline {
    private CaseTimeline() {
    }

    static void add(Connection c, String caseNumber, StatusChange change) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO case_events VALUES (?, ?, ?, ?)")) {
            s.setString(1, caseNumber);
            s.setString(2, change.status().name());
            s.setString(3, change.at().toString());
            s.setString(4, change.note());
            s.executeUpdate();
        }
    }

    /** Moves a case from {@code from} to the change's status; false when it is no longer in {@code from}. */
    static boolean moveOn(Connection c, String caseNumber, CaseStatus from, StatusChange change) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE cases SET status = ?, status_since = ? WHERE case_number = ? AND status = ?")) {
            s.setString(1, change.status().name());
            s.setString(2, change.at().toString());
            s.setString(3, caseNumber);
            s.setString(4, from.name());
            if (s.executeUpdate() != 1) {
                return false;
            }
        }
        add(c, caseNumber, change);
        return true;
    }

    /** The status changes of a case, oldest first. */
    static List<StatusChange> of(Connection c, String caseNumber) throws SQLException {
        List<StatusChange> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT status, at, note FROM case_events WHERE case_number = ? ORDER BY rowid")) {
            s.setString(1, caseNumber);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                out.add(new StatusChange(CaseStatus.valueOf(r.getString(1)), OffsetDateTime.parse(r.getString(2)),
                        r.getString(3)));
            }
        }
        return out;
    }
}
