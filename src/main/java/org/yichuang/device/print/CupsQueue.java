package org.yichuang.device.print;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.DeviceState.Condition;
import org.yichuang.usecase.port.DeviceState.Family;
import org.yichuang.usecase.port.DeviceState.Reason;
import org.yichuang.usecase.port.PrintJob;
import org.yichuang.usecase.port.PrintJob.Stage;

/** A CUPS queue read through IPP: its state before a job, and a job followed until it ends or the wait runs out. */
final class CupsQueue {
    private static final int STOPPED = 5;
    private static final int PENDING = 3;
    private static final int HELD = 4;
    private static final int PROCESSING_STOPPED = 6;
    private static final int CANCELED = 7;
    private static final int ABORTED = 8;
    private static final int COMPLETED = 9;
    private static final String[] JOB_ATTRIBUTES = {"job-id", "job-name", "job-state", "job-state-reasons",
        "job-originating-user-name"};

    private final IppClient ipp;
    private final Duration wait;

    CupsQueue(IppClient ipp, Duration wait) {
        this.ipp = ipp;
        this.wait = wait;
    }

    /** The queue's state; empty when no scheduler answers (no CUPS here, or not this queue). */
    Optional<DeviceState> state(String printer) {
        try {
            IppClient.Group g = ipp.printer(printer, "printer-state", "printer-state-reasons",
                    "printer-is-accepting-jobs");
            List<String> reasons = g.texts("printer-state-reasons");
            String detail = String.join(", ", reasons);
            Reason reason = Reason.READY;
            if (Boolean.FALSE.equals(g.first("printer-is-accepting-jobs"))) {
                reason = Reason.QUEUE_REJECTING;
            } else if (g.integer("printer-state", 0) == STOPPED || has(reasons, "paused")) {
                reason = Reason.QUEUE_PAUSED;
            } else if (has(reasons, "offline")) {
                reason = Reason.PRINTER_OFFLINE;
            } else if (has(reasons, "media-empty") || has(reasons, "media-needed")) {
                reason = Reason.OUT_OF_PAPER;
            }
            Condition condition = reason == Reason.READY ? Condition.READY : Condition.FAULT;
            return Optional.of(new DeviceState(Family.PRINTER, printer, condition, reason, detail));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a printer-state-reasons keyword is there, with or without its -report/-warning/-error suffix. */
    private static boolean has(List<String> reasons, String keyword) {
        return reasons.stream().anyMatch(r -> r.equals(keyword) || r.startsWith(keyword + "-"));
    }

    /** The highest job id the queue has seen, or -1 when it does not answer. */
    int lastJobId(String printer) {
        try {
            return ipp.jobs(printer, "all", "job-id").stream().mapToInt(g -> g.integer("job-id", 0)).max().orElse(0);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Follows the job named {@code title} sent after job {@code after} until it ends, sticks, or the wait runs out. */
    PrintJob follow(String printer, String title, int after) {
        if (after < 0) {
            return new PrintJob(printer, "", Stage.SENT, "");
        }
        long deadline = System.nanoTime() + wait.toNanos();
        String user = System.getProperty("user.name", "");
        PrintJob last = new PrintJob(printer, "", Stage.SENT, "");
        while (true) {
            try {
                Optional<IppClient.Group> job = ipp.jobs(printer, "all", JOB_ATTRIBUTES).stream()
                        .filter(g -> g.integer("job-id", 0) > after)
                        .filter(g -> matches(g.text("job-name"), title) && matches(g.text("job-originating-user-name"), user))
                        .min((a, b) -> Integer.compare(a.integer("job-id", 0), b.integer("job-id", 0)));
                if (job.isPresent()) {
                    last = judge(printer, job.get());
                    if (last.stage() != Stage.SENT) {
                        return last;
                    }
                }
            } catch (IOException e) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
        }
    }

    /**
     * Whether a job attribute is the expected value. CUPS shows a job's name and owner only to its owner (and drops the
     * name once the job is done), so an absent value matches: the first job after the last one seen is ours. The JDK's
     * CUPS spooler sends the name with a leading space, hence the strip.
     */
    private static boolean matches(String value, String expected) {
        return value.isBlank() || expected.isBlank() || value.strip().equals(expected.strip());
    }

    private PrintJob judge(String printer, IppClient.Group job) {
        String id = Integer.toString(job.integer("job-id", 0));
        String reasons = String.join(", ", job.texts("job-state-reasons"));
        int state = job.integer("job-state", 0);
        Stage stage = switch (state) {
            case COMPLETED -> Stage.COMPLETED;
            case CANCELED, ABORTED -> Stage.FAILED;
            case HELD, PROCESSING_STOPPED -> Stage.STUCK;
            case PENDING -> state(printer).filter(q -> q.reason() == Reason.QUEUE_PAUSED).isPresent()
                    ? Stage.STUCK : Stage.SENT;
            default -> Stage.SENT;
        };
        return new PrintJob(printer, id, stage, reasons);
    }

    /** Cancels the job; false when the scheduler refuses or does not answer. */
    boolean cancel(PrintJob job) {
        try {
            ipp.cancel(job.printer(), Integer.parseInt(job.id()));
            return true;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }
}
