package org.yichuang.usecase.port;

import java.util.List;

/** The system's printers. Calls block: run them off the FX thread. */
public interface DocumentPrinter {
    List<String> printers();

    /** The printer the system prints to by default, or null when there is none. */
    String defaultPrinter();

    /**
     * Prints a PDF on A4 (or the document's own page size) as one job named {@code title}, on both sides when asked
     * and offered, then follows the job for a bounded time.
     */
    PrintJob print(byte[] pdf, String printer, String title, int copies, boolean duplex) throws PrintFailedException;

    /** Whether the printer offers two-sided printing. */
    boolean offersDuplex(String printer);

    /**
     * The queue's own state before a job: READY, or FAULT with why (paused, rejecting jobs, offline, out of paper).
     * READY when the system does not say.
     */
    DeviceState queue(String printer);

    /** Cancels a job that will not print; false when the system would not or cannot. */
    default boolean cancel(PrintJob job) {
        return false;
    }

    /** The default printer's state, for the status bar. */
    DeviceState state();

    /** A print job that the system refused or that failed. */
    final class PrintFailedException extends Exception {
        public PrintFailedException(String detail, Throwable cause) {
            super(detail, cause);
        }
    }
}
