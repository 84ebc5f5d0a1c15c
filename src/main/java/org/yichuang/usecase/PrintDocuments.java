package org.yichuang.usecase;

import java.util.List;
import java.util.function.Function;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.usecase.MakeDocuments.Document;
import org.yichuang.usecase.port.CaseDocuments;
import org.yichuang.usecase.port.CaseDocuments.PagePixels;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.DocumentPrinter;
import org.yichuang.usecase.port.DocumentPrinter.PrintFailedException;
import org.yichuang.usecase.port.PrintJob;

/**
 * Hands a decided case's documents over on paper: which printers there are, a preview of each document, and one job
 * per document. Every call blocks (print spooler, PDF rendering): run it off the FX thread.
 */
public final class PrintDocuments {
    /** The printers found, and the one to offer first (the system default, else the first); empty when none. */
    public record Printers(List<String> names, String preferred) {
        public Printers {
            names = List.copyOf(names);
        }
    }

    /**
     * What a print request came to: {@code sent} documents went out; {@code queue} is the queue's state when it was
     * not ready and nothing was sent; {@code halted} is the job that stuck or failed, after which nothing more was sent;
     * {@code withdrawn} says a stuck job was canceled, so it cannot come out later by surprise.
     */
    public record Printed(int sent, DeviceState queue, PrintJob halted, boolean withdrawn) {
        /** Every document went out and none stuck or failed. */
        public boolean done() {
            return queue == null && halted == null;
        }
    }

    private final CaseDocuments documents;
    private final DocumentPrinter printer;

    public PrintDocuments(CaseDocuments documents, DocumentPrinter printer) {
        this.documents = documents;
        this.printer = printer;
    }

    public Printers printers() {
        List<String> names = printer.printers();
        String preferred = printer.defaultPrinter();
        if (preferred == null || !names.contains(preferred)) {
            preferred = names.isEmpty() ? null : names.getFirst();
        }
        return new Printers(names, preferred);
    }

    public boolean offersDuplex(String target) {
        return printer.offersDuplex(target);
    }

    /** The document's first page at {@code dpi} dots per inch, for the preview. */
    public PagePixels preview(Document d, float dpi) {
        return documents.firstPage(d.pdf(), dpi);
    }

    /**
     * Prints each document in order, {@code copies} times, two-sided only when asked and the printer offers it, each
     * job titled by its kind's title and the case number (e.g. 受理回执 202611300000023) so a shared queue can be read.
     * Nothing is sent to a queue that is not ready; sending stops at the first job that sticks (it is canceled) or
     * fails.
     *
     * @throws PrintFailedException at the first document the system refused; those before it were sent
     */
    public Printed print(List<Document> which, String target, int copies, boolean twoSided, String caseNumber,
                         Function<DocumentKind, String> kindTitles) throws PrintFailedException {
        DeviceState queue = printer.queue(target);
        if (queue.condition() != DeviceState.Condition.READY) {
            return new Printed(0, queue, null, false);
        }
        boolean duplex = twoSided && printer.offersDuplex(target);
        int sent = 0;
        for (Document d : which) {
            PrintJob job = printer.print(d.pdf(), target, kindTitles.apply(d.kind()) + " " + caseNumber, copies, duplex);
            if (job.stage() == PrintJob.Stage.STUCK) {
                return new Printed(sent, null, job, printer.cancel(job));
            }
            if (job.stage() == PrintJob.Stage.FAILED) {
                return new Printed(sent, null, job, false);
            }
            sent++;
        }
        return new Printed(sent, null, null, false);
    }

}
