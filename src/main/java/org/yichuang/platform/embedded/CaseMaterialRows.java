package org.yichuang.platform.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.Provision;

/**
 * A case's materials in {@code case_materials}: what the window declared (provision, due date, digests) and, once
 * sent, the file itself, sealed. Kept apart from the case row because files arrive after the case, one by one.
 */
final class CaseMaterialRows {
    private final Sealer sealer;

    CaseMaterialRows(Sealer sealer) {
        this.sealer = sealer;
    }

    /** Records the materials a case was decided with, as declared; their files come later. */
    void insert(Connection c, String caseNumber, List<CaseMaterial> materials) throws SQLException {
        for (CaseMaterial m : materials) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO case_materials(case_number, material_id, name, provision, due_date, licence_number,
                      declared_size, declared_sha256, declared_sm3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                s.setString(1, caseNumber);
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

    /** Stores a material's file; {@code suppliedAt} is set when it completes a deferral. */
    boolean store(Connection c, String caseNumber, String materialId, byte[] pdf, String sha256,
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

    /** The materials of a case in the order they were declared; whether a file arrived, not the file. */
    List<CaseMaterial> of(Connection c, String caseNumber) throws SQLException {
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
}
