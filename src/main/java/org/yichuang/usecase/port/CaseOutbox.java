package org.yichuang.usecase.port;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.cases.CaseSubmission;

/**
 * Decisions the platform has not confirmed yet, kept on this machine (encrypted) until they are sent, so an
 * accepted case is never lost to an outage. Keyed by the draft's idempotency key, so sending twice is harmless.
 */
public interface CaseOutbox {
    /** One kept decision with its material files (material id to PDF). */
    record Entry(String idempotencyKey, CaseSubmission submission, Map<String, byte[]> files, OffsetDateTime keptAt,
                 int attempts, String lastError) {
        public Entry {
            files = Map.copyOf(files);
            lastError = lastError == null ? "" : lastError;
        }
    }

    void keep(String idempotencyKey, CaseSubmission submission, Map<String, byte[]> files);

    /** Every kept entry, oldest first. */
    List<Entry> entries();

    /** The platform confirmed the case: the entry and its files are erased. */
    void sent(String idempotencyKey);

    /** A send failed; the entry stays, with the reason shown to the clerk. */
    void failed(String idempotencyKey, String reason);
}
