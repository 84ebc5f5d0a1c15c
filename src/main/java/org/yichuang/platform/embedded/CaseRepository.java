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
import org.yichuang.domain.cases.CaseApplicant;
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
    void insert(Connection c, CaseRecord r, int seq, String handling) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.caseNumber());
            s.setString(2, r.acceptedAt().toLocalDate().toString());
            s.setInt(3, seq);
            s.setString(4, r.subjectType().name());
            s.setString(5, r.subjectCode());
            s.setString(6, r.subjectName());
            s.setString(7, handling);
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
            s.setString(18, r.promisedBy().toString());
            s.executeUpdate();
        }
        for (StatusChange change : r.timeline()) {
            addEvent(c, r.caseNumber(), change);
        }
        for (CaseMaterial m : r.materials()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO case_materials(case_number, material_id, name, provision, due_date) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, r.caseNumber());
                s.setString(2, m.materialId());
                s.setString(3, m.name());
                s.setString(4, m.provision().name());
                s.setString(5, m.dueDate() == null ? null : m.dueDate().toString());
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

    void setStatus(Connection c, String caseNumber, StatusChange change) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE cases SET status = ?, status_since = ? WHERE case_number = ?")) {
            s.setString(1, change.status().name());
            s.setString(2, change.at().toString());
            s.setString(3, caseNumber);
            s.executeUpdate();
        }
        addEvent(c, caseNumber, change);
    }

    Optional<CaseRecord> find(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT subject_type, subject_code, subject_name, status, sealed_applicant, sealed_form, channel, window,
                       clerk, accepted_at, promised_by FROM cases WHERE case_number = ?""")) {
            s.setString(1, caseNumber);
            ResultSet r = s.executeQuery();
            if (!r.next()) {
                return Optional.empty();
            }
            return Optional.of(new CaseRecord(caseNumber, SubjectType.valueOf(r.getString(1)), r.getString(2),
                    r.getString(3), CaseStatus.valueOf(r.getString(4)),
                    read(sealer.open(r.getBytes(5)), new TypeReference<CaseApplicant>() { }), null,
                    read(sealer.open(r.getBytes(6)), new TypeReference<Map<String, String>>() { }),
                    materials(c, caseNumber), null, Channel.valueOf(r.getString(7)), r.getString(8), r.getString(9),
                    "610000", "",
                    OffsetDateTime.parse(r.getString(10)), LocalDate.parse(r.getString(11)), timeline(c, caseNumber)));
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
                + "WHERE status <> 'COMPLETED' AND handling = ?", "PROMISE");
        List<String> due = new ArrayList<>();
        for (String row : open) {
            String[] parts = row.split(" ");
            if (OffsetDateTime.parse(parts[1]).isBefore(before)) {
                due.add(parts[0]);
            }
        }
        return due;
    }

    boolean storeMaterial(Connection c, String caseNumber, String materialId, byte[] pdf, String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE case_materials SET sealed_content = ?, sha256 = ?, size = ? WHERE case_number = ? AND material_id = ?""")) {
            s.setBytes(1, sealer.seal(pdf));
            s.setString(2, sha256);
            s.setLong(3, pdf.length);
            s.setString(4, caseNumber);
            s.setString(5, materialId);
            return s.executeUpdate() == 1;
        }
    }

    private List<CaseMaterial> materials(Connection c, String caseNumber) throws SQLException {
        List<CaseMaterial> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT material_id, name, provision, due_date, sealed_content IS NOT NULL, size, sha256
                FROM case_materials WHERE case_number = ? ORDER BY rowid""")) {
            s.setString(1, caseNumber);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                out.add(new CaseMaterial(r.getString(1), r.getString(2), Provision.valueOf(r.getString(3)),
                        r.getString(4) == null ? null : LocalDate.parse(r.getString(4)), "", r.getBoolean(5), r.getLong(6),
                        r.getString(7), null, null));
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
