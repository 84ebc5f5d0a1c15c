package org.yichuang.usecase.port;

import java.util.Objects;

/**
 * What became of one print job by the end of a bounded wait. {@code id} is the system's job id, empty when the
 * system gives none; {@code detail} is technical (the job's state reasons) and may be empty.
 */
public record PrintJob(String printer, String id, Stage stage, String detail) {
    /** How far the job got. */
    public enum Stage {
        /** The queue reports it printed. */
        COMPLETED,
        /** Handed over and still printing or waiting its turn, or a system that does not say more. */
        SENT,
        /** Pending or held on a queue that will not print it (paused, held): it needs the clerk. */
        STUCK,
        /** Aborted or canceled by the system. */
        FAILED
    }

    public PrintJob {
        Objects.requireNonNull(stage, "stage");
        printer = printer == null ? "" : printer;
        id = id == null ? "" : id;
        detail = detail == null ? "" : detail;
    }
}
