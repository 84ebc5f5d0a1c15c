package org.yichuang.platform.embedded;

import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.MaterialDigest;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.StatusChange;

/**
 * The files of a case's materials, sent after the case: each is checked against what the window declared. A deferred
 * material has no declared digest: its file supplies it (补齐容缺材料), which the timeline records once.
 */
final class MaterialUploads {
    private final CaseService cases;
    private final CaseRepository repo;
    private final Clock clock;

    MaterialUploads(CaseService cases, CaseRepository repo, Clock clock) {
        this.cases = cases;
        this.repo = repo;
        this.clock = clock;
    }

    /** An instant case (即办件) that stayed accepted only because 容缺 materials were outstanding. */
    private static boolean heldForDeferred(CaseRecord r) {
        return r.status() == CaseStatus.ACCEPTED && r.timeline().stream().anyMatch(t -> t.status() == CaseStatus.ACCEPTED
                && PlatformText.NOTE_WAITING_FOR_DEFERRED.text().equals(t.note()));
    }

    /** Stores a material's file; a 422 when a declared material's file does not match its digests. */
    CaseMaterial upload(String caseNumber, String materialId, byte[] pdf) throws SQLException {
        CaseRecord record = cases.get(caseNumber);
        CaseMaterial declared = record.materials().stream().filter(m -> m.materialId().equals(materialId)).findFirst()
                .orElseThrow(() -> ApiError.notFound("material " + materialId + " of case " + caseNumber));
        MaterialDigest actual = MaterialDigest.of(pdf);
        boolean deferred = declared.provision() == Provision.DEFERRED;
        if (!deferred && !(actual.sha256().equals(declared.sha256()) && actual.sm3().equals(declared.sm3()))) {
            throw new ApiError(422, "Unprocessable Content", "the file of " + materialId
                    + " does not match the SHA-256 and SM3 digests declared on submission");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        repo.db().transaction(c -> {
            // whether it was supplied already is read again under the write lock: another process may just have
            boolean first = deferred && repo.find(c, caseNumber).orElseThrow().materials().stream()
                    .anyMatch(m -> m.materialId().equals(materialId) && m.suppliedAt() == null);
            repo.materials().store(c, caseNumber, materialId, pdf, actual.sha256(), deferred ? now : null);
            if (first) {
                CaseTimeline.add(c, caseNumber, new StatusChange(record.status(), now,
                        PlatformText.NOTE_DEFERRED_SUPPLIED.text(declared.name())));
                CaseRecord after = repo.find(c, caseNumber).orElseThrow();
                if (heldForDeferred(after) && cases.mayComplete(after)) { // the last one in: the 即办件 completes
                    CaseTimeline.moveOn(c, caseNumber, after.status(), new StatusChange(CaseStatus.COMPLETED, now,
                            PlatformText.NOTE_COMPLETED_WHEN_SUPPLIED.text()));
                }
            }
            return null;
        });
        return cases.get(caseNumber).materials().stream().filter(m -> m.materialId().equals(materialId)).findFirst()
                .orElseThrow();
    }
}
