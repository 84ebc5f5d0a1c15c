package org.yichuang.platform.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.clerk.PendingMaterial;

/**
 * The queries that pick cases rather than read one: an applicant's cases, a clerk's work list (the day's cases and
 * the deferred materials outstanding) and the promised cases whose status is due to move on.
 */
final class CaseQueries {
    private CaseQueries() {
    }

    /** An applicant's case numbers by lookup key, newest first. */
    static List<String> caseNumbersOf(Connection c, String applicantKey) throws SQLException {
        return Sql.column(c, "SELECT case_number FROM cases WHERE applicant_key = ? ORDER BY accepted_at DESC", applicantKey);
    }

    /** The case numbers a clerk decided on a day. */
    static List<String> casesOfClerk(Connection c, String clerk, LocalDate day) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT case_number FROM cases WHERE clerk = ? AND day = ? ORDER BY accepted_at DESC")) {
            s.setString(1, clerk);
            s.setString(2, day.toString());
            ResultSet r = s.executeQuery();
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** Every deferred material not yet supplied on the clerk's cases, with its case and masked applicant. */
    static List<PendingMaterial> pendingOf(Connection c, String clerk) throws SQLException {
        List<PendingMaterial> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT m.case_number, k.subject_name, m.material_id, m.name, m.due_date, k.masked_name
                FROM case_materials m JOIN cases k ON k.case_number = m.case_number
                WHERE k.clerk = ? AND m.provision = 'DEFERRED' AND m.supplied_at IS NULL ORDER BY m.due_date""")) {
            s.setString(1, clerk);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                out.add(new PendingMaterial(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5) == null ? null : LocalDate.parse(r.getString(5)), r.getString(6)));
            }
        }
        return out;
    }

    /** Promised cases still open whose current status began before {@code before}. */
    static List<String> openSince(Connection c, OffsetDateTime before) throws SQLException {
        List<String> open = Sql.column(c, "SELECT case_number || ' ' || status_since FROM cases "
                + "WHERE status IN ('ACCEPTED', 'UNDER_REVIEW') AND handling = ?", "PROMISE");
        List<String> due = new ArrayList<>();
        for (String row : open) {
            String[] parts = row.split(" ");
            if (OffsetDateTime.parse(parts[1]).isBefore(before)) {
                due.add(parts[0]);
            }
        }
        return due;
    }

    /** The status of a promised case still open whose status began before {@code before}, if it is one. */
    static Optional<CaseStatus> openStatusSince(Connection c, String caseNumber, OffsetDateTime before)
            throws SQLException {
        String row = Sql.single(c, "SELECT status || ' ' || status_since FROM cases WHERE case_number = ? "
                + "AND status IN ('ACCEPTED', 'UNDER_REVIEW') AND handling = 'PROMISE'", caseNumber);
        if (row == null) {
            return Optional.empty();
        }
        String[] parts = row.split(" ");
        return OffsetDateTime.parse(parts[1]).isBefore(before) ? Optional.of(CaseStatus.valueOf(parts[0])) : Optional.empty();
    }
}
