package org.yichuang.usecase;

import java.util.List;
import org.yichuang.usecase.MakeDocuments.Document;
import org.yichuang.usecase.port.CaseDocuments;
import org.yichuang.usecase.port.CaseDocuments.PagePixels;
import org.yichuang.usecase.port.DocumentPrinter;
import org.yichuang.usecase.port.DocumentPrinter.PrintFailedException;

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
     * Prints each document in order, {@code copies} times, two-sided only when asked and the printer offers it.
     *
     * @return how many documents were sent
     * @throws PrintFailedException at the first document the system refused; those before it were sent
     */
    public int print(List<Document> which, String target, int copies, boolean twoSided) throws PrintFailedException {
        boolean duplex = twoSided && printer.offersDuplex(target);
        for (Document d : which) {
            printer.print(d.pdf(), target, copies, duplex);
        }
        return which.size();
    }
}
