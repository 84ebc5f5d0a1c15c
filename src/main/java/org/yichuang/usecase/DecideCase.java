package org.yichuang.usecase;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseDraft;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.clerk.Actor;
import org.yichuang.usecase.port.CaseOutbox;
import org.yichuang.usecase.port.CaseRecords;
import org.yichuang.usecase.port.PlatformException;

/**
 * A decision on an application (受理, 一次性告知 or 不予受理), by a clerk at a window or by a terminal for the citizen
 * in front of it ({@link Actor}: the channel, account and place recorded follow from it): the decision and the
 * materials are recorded on
 * the platform and the documents made. When the platform cannot be reached the decision is kept in the outbox and
 * sent later; a submission the platform rejects is not kept, so the clerk can correct it. Blocks.
 */
public final class DecideCase {
    /** What happened to a decision. */
    public sealed interface Outcome permits Recorded, Kept {
    }

    /** Recorded on the platform, with the documents to hand out. */
    public record Recorded(CaseRecord record, List<MakeDocuments.Document> documents) implements Outcome {
    }

    /** Kept on this machine until the platform answers again. */
    public record Kept(String idempotencyKey, String reason) implements Outcome {
    }

    private final CaseSender sender;
    private final MakeDocuments documents;
    private final CaseOutbox outbox;
    private final Clock clock;

    public DecideCase(CaseRecords platform, MakeDocuments documents, CaseOutbox outbox, Clock clock) {
        this.sender = new CaseSender(platform);
        this.documents = documents;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** {@code files}: material id to the PDF that satisfies it. */
    public Outcome decide(CaseDraft draft, CaseDecision decision, Map<String, byte[]> files, Actor actor,
                          List<ServiceItem> items) {
        CaseSubmission submission = draft.toSubmission(decision, actor.channel(), actor.account(), actor.place(),
                OffsetDateTime.now(clock));
        CaseRecord record;
        try {
            record = sender.send(draft.idempotencyKey(), submission, files);
        } catch (PlatformException e) {
            if (!CaseSender.retryLater(e)) {
                throw e;
            }
            outbox.keep(draft.idempotencyKey(), submission, files);
            return new Kept(draft.idempotencyKey(), e.getMessage());
        }
        return new Recorded(record, documents.of(record, actor, items));
    }
}
