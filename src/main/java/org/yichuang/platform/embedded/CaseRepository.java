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
import java.util.Map;
import java.util.Optional;
import org.yichuang.domain.cases.Agent;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.Principal;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.platform.Json;

/**
 * Cases in SQLite, written and read back whole: the case row, with its timeline ({@link CaseTimeline}) and materials
 * ({@link CaseMaterialRows}). The applicant, the form and the materials are sealed, the ID number kept only as a
 * lookup key. Queries that pick cases rather than read one are {@link CaseQueries}.
 */
final class CaseRepository {
    private final PlatformDatabase db;
    private final Sealer sealer;
    private final CaseMaterialRows materials;
    private final ObjectMapper json = Json.mapper();

    CaseRepository(PlatformDatabase db, Sealer sealer) {
        this.db = db;
        this.sealer = sealer;
        this.materials = new CaseMaterialRows(sealer);
    }

    String lookupKey(String idNumber) {
        return sealer.lookup(idNumber.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Inserts a case, its timeline and its materials; {@code seq} is its sequence number within its day. */
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
            CaseTimeline.add(c, r.caseNumber(), change);
        }
        materials.insert(c, r.caseNumber(), r.materials());
    }

    int nextSequence(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM cases WHERE day = ?")) {
            s.setString(1, day.toString());
            ResultSet r = s.executeQuery();
            r.next();
            return r.getInt(1);
        }
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
                    materials.of(c, caseNumber), extra.decision(), Channel.valueOf(r.getString(7)), r.getString(8),
                    r.getString(9), r.getString(13), r.getString(14), OffsetDateTime.parse(r.getString(10)),
                    promised == null || promised.isEmpty() ? null : LocalDate.parse(promised),
                    CaseTimeline.of(c, caseNumber)));
        }
    }

    /** The masked applicant name, for the public progress view, without opening the sealed applicant. */
    String maskedName(Connection c, String caseNumber) throws SQLException {
        return Sql.single(c, "SELECT masked_name FROM cases WHERE case_number = ?", caseNumber);
    }

    PlatformDatabase db() {
        return db;
    }

    /** The materials' rows, where their files are stored when they arrive. */
    CaseMaterialRows materials() {
        return materials;
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
