package org.yichuang.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.usecase.port.CaseOutbox;

/** An outbox in memory, oldest first, keeping each failure's reason as the encrypted one on disk does. */
public final class MemoryOutbox implements CaseOutbox {
    private static final OffsetDateTime KEPT_AT = OffsetDateTime.parse("2026-11-22T09:00:00+08:00");
    private final List<Entry> entries = new ArrayList<>();

    @Override
    public void keep(String idempotencyKey, CaseSubmission submission, Map<String, byte[]> files) {
        entries.removeIf(e -> e.idempotencyKey().equals(idempotencyKey));
        entries.add(new Entry(idempotencyKey, submission, files, KEPT_AT, 0, ""));
    }

    @Override
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public void sent(String idempotencyKey) {
        entries.removeIf(e -> e.idempotencyKey().equals(idempotencyKey));
    }

    @Override
    public void failed(String idempotencyKey, String reason) {
        entries.replaceAll(e -> e.idempotencyKey().equals(idempotencyKey)
                ? new Entry(e.idempotencyKey(), e.submission(), e.files(), e.keptAt(), e.attempts() + 1, reason) : e);
    }
}
