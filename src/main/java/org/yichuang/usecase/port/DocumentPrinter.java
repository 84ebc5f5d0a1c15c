package org.yichuang.usecase.port;

import java.util.List;

/** The system's printers. Calls block: run them off the FX thread. */
public interface DocumentPrinter {
    List<String> printers();

    /** The printer the system prints to by default, or null when there is none. */
    String defaultPrinter();

    /** Prints a PDF on A4 (or the document's own page size), on both sides when asked and offered. */
    void print(byte[] pdf, String printer, int copies, boolean duplex) throws PrintFailedException;

    /** Whether the printer offers two-sided printing. */
    boolean offersDuplex(String printer);

    DeviceState state();

    /** A print job that the system refused or that failed. */
    final class PrintFailedException extends Exception {
        public PrintFailedException(String detail, Throwable cause) {
            super(detail, cause);
        }
    }
}
