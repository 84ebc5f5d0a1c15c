package org.yichuang.usecase;

import java.util.Map;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.usecase.port.CaseRecords;
import org.yichuang.usecase.port.PlatformException;

/** Sends a decision and then each material's file. Every step is idempotent, so it can be repeated after a fault. */
final class CaseSender {
    private final CaseRecords platform;

    CaseSender(CaseRecords platform) {
        this.platform = platform;
    }

    CaseRecord send(String idempotencyKey, CaseSubmission submission, Map<String, byte[]> files) {
        CaseRecord record = platform.submitCase(idempotencyKey, submission);
        boolean uploaded = false;
        for (var material : record.materials()) {
            byte[] pdf = files.get(material.materialId());
            if (pdf != null && !material.uploaded()) {
                platform.uploadMaterial(record.caseNumber(), material.materialId(), pdf);
                uploaded = true;
            }
        }
        return uploaded ? platform.caseRecord(record.caseNumber()) : record;
    }

    /** Whether a failure means "try again later" rather than "this submission is wrong". */
    static boolean retryLater(PlatformException e) {
        return switch (e.kind()) {
            case UNREACHABLE, TIMEOUT, SERVER_ERROR, BAD_RESPONSE -> true;
            // the submission is fine; it waits in the outbox until the technician fixes the address or the certificate
            case MOVED, CERTIFICATE_UNTRUSTED, CERTIFICATE_EXPIRED, CERTIFICATE_WRONG_HOST -> true;
            default -> false;
        };
    }
}
