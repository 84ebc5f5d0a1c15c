package org.yichuang.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.applicant.Masking;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseNumbers;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.usecase.port.CaseRecords;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.PlatformException.Kind;

/**
 * The platform's cases in memory, answering as it does: a submission gets a case number (the same one again for the
 * same idempotency key), an unknown number is NOT_FOUND, progress names the applicant masked. Records every call.
 */
public final class FakeCaseRecords implements CaseRecords {
    private static final OffsetDateTime DECIDED = OffsetDateTime.parse("2026-11-22T10:30:00+08:00");
    /** Each call, as "submit:key", "upload:caseNumber/materialId", "record:caseNumber" or "progress:caseNumber". */
    public final List<String> calls = new ArrayList<>();
    /** Every submission, in order, as it arrived. */
    public final List<CaseSubmission> submitted = new ArrayList<>();
    private final Map<String, CaseRecord> cases = new LinkedHashMap<>();
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, PlatformException> refused = new HashMap<>();
    private PlatformException outage;

    /** A case the platform already holds. */
    public FakeCaseRecords holding(CaseRecord record) {
        cases.put(record.caseNumber(), record);
        return this;
    }

    /** Submissions with this idempotency key fail with {@code failure}. */
    public FakeCaseRecords refusing(String idempotencyKey, PlatformException failure) {
        refused.put(idempotencyKey, failure);
        return this;
    }

    /** From now on every call fails with {@code failure}, as an unreachable platform would. */
    public void failWith(PlatformException failure) {
        outage = failure;
    }

    @Override
    public CaseRecord submitCase(String idempotencyKey, CaseSubmission s) {
        call("submit:" + idempotencyKey);
        if (refused.containsKey(idempotencyKey)) {
            throw refused.get(idempotencyKey);
        }
        submitted.add(s);
        String number = byKey.computeIfAbsent(idempotencyKey,
                k -> CaseNumbers.of(DECIDED.toLocalDate(), cases.size() + 1));
        // named by its code: this fake keeps no catalogue
        return cases.computeIfAbsent(number, n -> new CaseRecord(n, s.subjectType(), s.subjectCode(), s.subjectCode(),
                CaseStatus.after(s.decision().decision()), s.applicant(), s.agent(), s.formData(), declared(s),
                s.decision(), s.channel(), s.window(), s.clerk(), "610000", s.handlingRegion(), DECIDED, null, List.of()));
    }

    /** The materials a submission declares, none uploaded yet. */
    private static List<CaseMaterial> declared(CaseSubmission s) {
        return s.materials().stream().map(m -> new CaseMaterial(m.materialId(), m.name(), m.provision(), m.dueDate(),
                m.licenceNumber(), false, 0, "", "", null)).toList();
    }

    /** The ids of the materials whose files were uploaded, in order. */
    public List<String> uploaded() {
        return calls.stream().filter(c -> c.startsWith("upload:")).map(c -> c.substring(c.indexOf('/') + 1)).toList();
    }

    @Override
    public CaseMaterial uploadMaterial(String caseNumber, String materialId, byte[] pdf) {
        call("upload:" + caseNumber + "/" + materialId);
        return find(caseNumber).materials().stream().filter(m -> m.materialId().equals(materialId)).findFirst()
                .orElseThrow(() -> new PlatformException(Kind.NOT_FOUND, "no material " + materialId));
    }

    @Override
    public CaseRecord caseRecord(String caseNumber) {
        call("record:" + caseNumber);
        return find(caseNumber);
    }

    @Override
    public List<CaseSummary> casesOf(String applicantIdNumber) {
        call("casesOf:" + applicantIdNumber);
        return cases.values().stream().filter(r -> r.applicant().idNumber().equals(applicantIdNumber))
                .map(CaseRecord::summary).toList();
    }

    @Override
    public CaseProgress progress(String caseNumber) {
        call("progress:" + caseNumber);
        CaseRecord r = find(caseNumber);
        return new CaseProgress(r.caseNumber(), r.subjectName(), r.status(), Masking.name(r.applicant().name()),
                r.acceptedAt(), r.promisedBy(), r.timeline());
    }

    private void call(String call) {
        calls.add(call);
        if (outage != null) {
            throw outage;
        }
    }

    private CaseRecord find(String caseNumber) {
        CaseRecord r = cases.get(caseNumber);
        if (r == null) {
            throw new PlatformException(Kind.NOT_FOUND, "no case " + caseNumber);
        }
        return r;
    }
}
