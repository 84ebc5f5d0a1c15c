package org.yichuang.usecase.port;

import java.util.List;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.CaseSummary;

/** Cases on the platform (contract: /cases). Throws {@link PlatformException}. */
public interface CaseRecords {
    /**
     * Records an application with the decision taken (accepted, notified or refused): every decision gets a case
     * number. The same idempotency key with the same submission returns the same case.
     */
    CaseRecord submitCase(String idempotencyKey, CaseSubmission submission);

    /**
     * Sends a material's PDF; the platform checks it against the digests declared on submission. Sending a
     * deferred material supplies it (补齐容缺材料).
     */
    CaseMaterial uploadMaterial(String caseNumber, String materialId, byte[] pdf);

    CaseRecord caseRecord(String caseNumber);

    List<CaseSummary> casesOf(String applicantIdNumber);

    /** The public, masked progress of a case, for kiosks. */
    CaseProgress progress(String caseNumber);
}
