package org.yichuang.platform.embedded;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yichuang.domain.cases.Agent;
import org.yichuang.domain.cases.Principal;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.platform.Json;

/** Cases in SQLite; the applicant, the form and the materials are sealed, the ID number kept only as a lookup key. */
final class CaseRepository {
    private final PlatformDatabase db;
    private final Sealer sealer;
    private final ObjectMapper json = Json.mapper();

    CaseRepository(PlatformDatabase db, Sealer sealer) {
        this.db = db;
        this.sealer = sealer;
    }

    String lookupKey(String idNumber) {
        return sealer.lookup(idNumber.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Inserts a case under the next sequence number of its day; returns the case number. */
    void insert(Connection c, CaseRecord r, int seq, String caseKind) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                """
                INSERT INTO cases(case_number, day, seq, subject_type, subject_code, subject_name, handling, status,
                  status_since, sealed_applicant, sealed_form, applicant_key, masked_name, channel, window, clerk,
                  accepted_at, promised_by, decision, sealed_extra, accepting_region, handling_region)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, r.caseNumber());
            s.setString(2, r.acceptedAt().toLocalDate().toString());
            s.setInt(3, seq);
            s.setString(4, r.subjectType().name());
            s.setString(5, r.subjectCode());
            s.setString(6, r.subjectName());
            s.setString(7, caseKind);
            s.setString(8, r.status().name());
            s.setString(9, r.timeline().getLast().at().toString());
            s.setBytes(10, sealer.seal(bytes(r.applicant())));
            s.setBytes(11, sealer.seal(bytes(r.formData())));
            s.setString(12, lookupKey(r.applicant().idNumber()));
            s.setString(13, org.yichuang.domain.applicant.Masking.name(r.applicant().name()));
            s.setString(14, r.channel().name());
            s.setString(15, r.window());
            s.setString(16, r.clerk());
            s.setString(17, r.acceptedAt().toString());
            s.setString(18, r.promisedBy() == null ? "" : r.promisedBy().toString());
            s.setString(19, r.decision().decision().name());
            s.setBytes(20, sealer.seal(bytes(new Extra(r.agent(), r.decision())))); // the decision may name people
            s.setString(21, r.acceptingRegion());
            s.setString(22, r.handlingRegion());
            s.executeUpdate();
        }
        for (StatusChange change : r.timeline()) {
            addEvent(c, r.caseNumber(), change);
        }
        for (CaseMaterial m : r.materials()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO case_materials(case_number, material_id, name, provision, due_date, licence_number,
                      declared_size, declared_sha256, declared_sm3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                s.setString(1, r.caseNumber());
                s.setString(2, m.materialId());
                s.setString(3, m.name());
                s.setString(4, m.provision().name());
                s.setString(5, m.dueDate() == null ? null : m.dueDate().toString());
                s.setString(6, m.licenceNumber());
                s.setLong(7, m.sizeBytes());
                s.setString(8, m.sha256());
                s.setString(9, m.sm3());
                s.executeUpdate();
            }
        }
    }

    int nextSequence(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM cases WHERE day = ?")) {
            s.setString(1, day.toString());
            ResultSet r = s.executeQuery();
            r.next();
            return r.getInt(1);
        }
    }

    void addEvent(Connection c, String caseNumber, StatusChange change) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO case_events VALUES (?, ?, ?, ?)")) {
            s.setString(1, caseNumber);
            s.setString(2, change.status().name());
            s.setString(3, change.at().toString());
            s.setString(4, change.note());
            s.executeUpdate();
        }
    }

    /** Moves a case from {@code from} to the change's status; false when it is no longer in {@code from}. */
    boolean moveOn(Connection c, String caseNumber, CaseStatus from, StatusChange change) throws SQLException {
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
        addEvent(c, caseNumber, change);
        return true;
    }

    /** The status of a promised case still open whose status began before {@code before}, if it is one. */
    Optional<CaseStatus> openStatusSince(Connection c, String caseNumber, OffsetDateTime before) throws SQLException {
        String row = single(c, "SELECT status || ' ' || status_since FROM cases WHERE case_number = ? "
                + "AND status IN ('ACCEPTED', 'UNDER_REVIEW') AND handling = 'PROMISE'", caseNumber);
        if (row == null) {
            return Optional.empty();
        }
        String[] parts = row.split(" ");
        return OffsetDateTime.parse(parts[1]).isBefore(before) ? Optional.of(CaseStatus.valueOf(parts[0])) : Optional.empty();
    }

    /** What a case holds besides the applicant and the form, sealed together. */
    private record Extra(Agent agent, CaseDecision decision) {
    }

    Optional<CaseRecord> find(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT subject_type, subject_code, subject_name, status, sealed_applicant, sealed_form, channel, window,
                       clerk, accepted_at, promised_by, sealed_extra, accepting_region, handling_region
                FROM cases WHERE case_number = ?""")) {
            s.setString(1, caseNumber);
            ResultSet r = s.executeQuery();
            if (!r.next()) {
                return Optional.empty();
            }
            Extra extra = r.getBytes(12) == null ? new Extra(null, null)
                    : read(sealer.open(r.getBytes(12)), new TypeReference<Extra>() { });
            String promised = r.getString(11);
            return Optional.of(new CaseRecord(caseNumber, SubjectType.valueOf(r.getString(1)), r.getString(2),
                    r.getString(3), CaseStatus.valueOf(r.getString(4)),
                    read(sealer.open(r.getBytes(5)), new TypeReference<Principal>() { }), extra.agent(),
                    read(sealer.open(r.getBytes(6)), new TypeReference<Map<String, String>>() { }),
                    materials(c, caseNumber), extra.decision(), Channel.valueOf(r.getString(7)), r.getString(8),
                    r.getString(9), r.getString(13), r.getString(14), OffsetDateTime.parse(r.getString(10)),
                    promised == null || promised.isEmpty() ? null : LocalDate.parse(promised), timeline(c, caseNumber)));
        }
    }

    /** The masked applicant name, for the public progress view, without opening the sealed applicant. */
    String maskedName(Connection c, String caseNumber) throws SQLException {
        return single(c, "SELECT masked_name FROM cases WHERE case_number = ?", caseNumber);
    }

    List<String> caseNumbersOf(Connection c, String applicantKey) throws SQLException {
        return column(c, "SELECT case_number FROM cases WHERE applicant_key = ? ORDER BY accepted_at DESC", applicantKey);
    }

    /** Promised cases still open whose current status began before {@code before}. */
    List<String> openSince(Connection c, OffsetDateTime before) throws SQLException {
        List<String> open = column(c, "SELECT case_number || ' ' || status_since FROM cases "
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

    /** Stores a material's file; {@code suppliedAt} is set when it completes a deferral. */
    boolean storeMaterial(Connection c, String caseNumber, String materialId, byte[] pdf, String sha256,
                          OffsetDateTime suppliedAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE case_materials SET sealed_content = ?, sha256 = ?, size = ?, supplied_at = COALESCE(supplied_at, ?)
                WHERE case_number = ? AND material_id = ?""")) {
            s.setBytes(1, sealer.seal(pdf));
            s.setString(2, sha256);
            s.setLong(3, pdf.length);
            s.setString(4, suppliedAt == null ? null : suppliedAt.toString());
            s.setString(5, caseNumber);
            s.setString(6, materialId);
            return s.executeUpdate() == 1;
        }
    }

    /** Every deferred material not yet supplied on the clerk's cases, with its case and masked applicant. */
    List<org.yichuang.domain.clerk.PendingMaterial> pendingOf(Connection c, String clerk) throws SQLException {
        List<org.yichuang.domain.clerk.PendingMaterial> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT m.case_number, k.subject_name, m.material_id, m.name, m.due_date, k.masked_name
                FROM case_materials m JOIN cases k ON k.case_number = m.case_number
                WHERE k.clerk = ? AND m.provision = 'DEFERRED' AND m.supplied_at IS NULL ORDER BY m.due_date""")) {
            s.setString(1, clerk);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                out.add(new org.yichuang.domain.clerk.PendingMaterial(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5) == null ? null : LocalDate.parse(r.getString(5)), r.getString(6)));
            }
        }
        return out;
    }

    /** The case numbers a clerk decided on a day. */
    List<String> casesOfClerk(Connection c, String clerk, LocalDate day) throws SQLException {
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

    private List<CaseMaterial> materials(Connection c, String caseNumber) throws SQLException {
        List<CaseMaterial> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT material_id, name, provision, due_date, sealed_content IS NOT NULL, declared_size, declared_sha256,
                       declared_sm3, licence_number, supplied_at
                FROM case_materials WHERE case_number = ? ORDER BY rowid""")) {
            s.setString(1, caseNumber);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                out.add(new CaseMaterial(r.getString(1), r.getString(2), Provision.valueOf(r.getString(3)),
                        r.getString(4) == null ? null : LocalDate.parse(r.getString(4)), r.getString(9), r.getBoolean(5),
                        r.getLong(6), r.getString(7), r.getString(8),
                        r.getString(10) == null ? null : OffsetDateTime.parse(r.getString(10))));
            }
        }
        return out;
    }

    private List<StatusChange> timeline(Connection c, String caseNumber) throws SQLException {
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

    PlatformDatabase db() {
        return db;
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(byte[] bytes, TypeReference<T> type) {
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
