package org.yichuang.usecase;

import org.yichuang.domain.cases.CaseDraft;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.usecase.port.CaseDocuments;
import org.yichuang.usecase.port.CaseDocuments.DocumentContext;
import org.yichuang.usecase.port.Platform;

/** The clerk accepts (受理) a case: it is submitted to the platform and its receipt is made. Blocks. */
public final class AcceptCase {
    /** The case as the platform opened it, and its receipt as PDF. */
    public record Accepted(CaseRecord record, byte[] receipt) {
    }

    private final Platform platform;
    private final CaseDocuments documents;

    public AcceptCase(Platform platform, CaseDocuments documents) {
        this.platform = platform;
        this.documents = documents;
    }

    public Accepted accept(CaseDraft draft, Clerk clerk, String handlingPlace, String consultPhone) {
        CaseRecord record = platform.submitCase(draft.idempotencyKey(), draft.toSubmission(
                org.yichuang.domain.cases.CaseDecision.accept(), Channel.WINDOW, clerk.username(), clerk.window(),
                java.time.OffsetDateTime.now()));
        byte[] receipt = documents.receipt(record,
                new DocumentContext(clerk.hall(), clerk.displayName(), consultPhone, handlingPlace, java.util.List.of()));
        return new Accepted(record, receipt);
    }
}
