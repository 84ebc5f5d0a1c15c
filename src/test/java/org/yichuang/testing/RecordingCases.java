package org.yichuang.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.domain.cases.Decision;
import org.yichuang.usecase.port.CaseRecords;
import org.yichuang.usecase.port.PlatformException;

/**
 * A platform's case records that keep every submission and answer with the case it opens (number, status by
 * decision, the materials declared, none uploaded). For view-model tests; the real platform is tested over loopback.
 */
public final class RecordingCases implements CaseRecords {
    public final List<CaseSubmission> submitted = new ArrayList<>();
    public final List<String> uploaded = new ArrayList<>();
    private final java.util.Map<String, CaseRecord> records = new java.util.HashMap<>();

    @Override
    public CaseRecord submitCase(String idempotencyKey, CaseSubmission s) {
        submitted.add(s);
        CaseStatus status = switch (s.decision().decision()) {
            case ACCEPT -> CaseStatus.ACCEPTED;
            case NOTIFY -> CaseStatus.NOTIFIED;
            case REFUSE -> CaseStatus.REFUSED;
        };
        List<CaseMaterial> materials = s.materials().stream().map(m -> new CaseMaterial(m.materialId(), m.name(),
                m.provision(), m.dueDate(), m.licenceNumber(), false, 0, "", "", null)).toList();
        CaseRecord r = new CaseRecord("2026112261000" + String.format("%05d", submitted.size()), s.subjectType(),
                s.subjectCode(), s.subjectCode(), status, s.applicant(), s.agent(), s.formData(), materials, s.decision(),
                s.channel(), s.window(), s.clerk(), "610000", s.handlingRegion(), s.decidedAt(),
                s.decision().decision() == Decision.ACCEPT ? LocalDate.of(2026, 12, 1) : null, List.of());
        records.put(r.caseNumber(), r);
        return r;
    }

    @Override
    public CaseMaterial uploadMaterial(String caseNumber, String materialId, byte[] pdf) {
        uploaded.add(materialId);
        return new CaseMaterial(materialId, materialId, null, null, "", true, pdf.length, "", "", null);
    }

    @Override
    public CaseRecord caseRecord(String caseNumber) {
        CaseRecord r = records.get(caseNumber);
        if (r == null) {
            throw new PlatformException(PlatformException.Kind.NOT_FOUND, "no case " + caseNumber);
        }
        return r;
    }

    @Override
    public List<CaseSummary> casesOf(String applicantIdNumber) {
        return List.of();
    }

    @Override
    public CaseProgress progress(String caseNumber) {
        throw new PlatformException(PlatformException.Kind.NOT_FOUND, "no case " + caseNumber);
    }
}
