package org.yichuang.usecase;

import java.util.ArrayList;
import java.util.List;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.usecase.port.CaseOutbox;
import org.yichuang.usecase.port.CaseRecords;
import org.yichuang.usecase.port.PlatformException;

/**
 * Sends what the outbox kept, oldest first. Stops at the first transient failure (the platform is still away);
 * a rejected entry stays, marked with the platform's reason, and the rest are still tried. Blocks.
 */
public final class SendOutbox {
    /** The cases now recorded, and how many entries are still kept. */
    public record Result(List<CaseRecord> sent, int remaining) {
    }

    private final CaseSender sender;
    private final CaseOutbox outbox;

    public SendOutbox(CaseRecords platform, CaseOutbox outbox) {
        this.sender = new CaseSender(platform);
        this.outbox = outbox;
    }

    public Result sendPending() {
        List<CaseRecord> sent = new ArrayList<>();
        for (CaseOutbox.Entry entry : outbox.entries()) {
            try {
                sent.add(sender.send(entry.idempotencyKey(), entry.submission(), entry.files()));
                outbox.sent(entry.idempotencyKey());
            } catch (PlatformException e) {
                outbox.failed(entry.idempotencyKey(), e.getMessage());
                if (CaseSender.retryLater(e)) {
                    break;
                }
            }
        }
        return new Result(List.copyOf(sent), outbox.entries().size());
    }

    public int pending() {
        return outbox.entries().size();
    }
}
