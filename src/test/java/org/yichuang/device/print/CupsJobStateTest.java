package org.yichuang.device.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.documents.SampleCase;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.PrintJob;

/**
 * Field case (issue 11, kind 2) against the real cupsd and the CUPS-PDF queue of .ci/run: a queue paused with
 * cupsdisable is reported paused and its job stuck; a job is titled by its document and case; a normal job completes.
 * Locally it skips, saying what to start.
 */
@Tag("needs-daemon")
class CupsJobStateTest {
    private static final String QUEUE = "CUPS-PDF";
    private static byte[] receipt;
    private final SystemPrinter printer = new SystemPrinter(Duration.ofSeconds(20));

    @BeforeAll
    static void receipt() {
        receipt = new PdfCaseDocuments(Optional.empty()).receipt(SampleCase.RECORD, SampleCase.CONTEXT);
    }

    private void assumeCups() {
        assumeThat(Files.isExecutable(Path.of("/usr/sbin/cupsdisable")) || Files.isExecutable(Path.of("/usr/bin/cupsdisable")))
                .as("cupsdisable (apt-get install cups; see .ci/run)").isTrue();
        assumeThat(printer.printers()).as("a CUPS queue named CUPS-PDF (cupsd running; see .ci/run)").contains(QUEUE);
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    }

    @Test
    void aNormalJobCompletes() throws Exception {
        assumeCups();
        String title = "受理回执 " + SampleCase.RECORD.caseNumber();
        assertThat(printer.queue(QUEUE).reason()).isEqualTo(DeviceState.Reason.READY);

        PrintJob job = printer.print(receipt, QUEUE, title, 1, false);

        assertThat(job.stage()).isEqualTo(PrintJob.Stage.COMPLETED);
        Process lpstat = new ProcessBuilder("lpstat", "-W", "completed", "-o", QUEUE).start();
        assertThat(new String(lpstat.getInputStream().readAllBytes())).contains(QUEUE + "-" + job.id());
    }

    @Test
    void aPausedQueueIsReportedBeforeTheJobAndTheJobIsStuckUnderItsTitle() throws Exception {
        assumeCups();
        run("cupsdisable", QUEUE);
        PrintJob job = null;
        try {
            DeviceState queue = printer.queue(QUEUE);
            assertThat(queue.condition()).isEqualTo(DeviceState.Condition.FAULT);
            assertThat(queue.reason()).isEqualTo(DeviceState.Reason.QUEUE_PAUSED);
            if (QUEUE.equals(printer.defaultPrinter())) {
                assertThat(printer.state().reason()).as("the status bar").isEqualTo(DeviceState.Reason.QUEUE_PAUSED);
            }

            String title = "受理回执 " + SampleCase.RECORD.caseNumber();
            job = printer.print(receipt, QUEUE, title, 1, false);

            assertThat(job.stage()).isEqualTo(PrintJob.Stage.STUCK);
            assertThat(job.id()).isNotEmpty();
            // lpq asks as the job's owner: CUPS shows a job's name to its owner only, and only while it is queued
            ProcessBuilder lpq = new ProcessBuilder("lpq", "-l", "-P", QUEUE);
            lpq.environment().put("LANG", "C.UTF-8");
            Process listing = lpq.start();
            String queued = new String(listing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(queued).as("the queue read by lpq").contains("[job " + job.id() + " ").contains(title);
            assertThat(printer.cancel(job)).as("the stuck job is withdrawn").isTrue();
            String id = job.id();
            assertThat(IppClient.local().jobs(QUEUE, "not-completed", "job-id"))
                    .noneMatch(g -> id.equals(Integer.toString(g.integer("job-id", 0))));
        } finally {
            run("cupsenable", QUEUE);
        }
    }

    @Test
    void aRejectingQueueIsReported() throws Exception {
        assumeCups();
        run("cupsreject", QUEUE);
        try {
            assertThat(printer.queue(QUEUE).reason()).isEqualTo(DeviceState.Reason.QUEUE_REJECTING);
        } finally {
            run("cupsaccept", QUEUE);
        }
    }
}
