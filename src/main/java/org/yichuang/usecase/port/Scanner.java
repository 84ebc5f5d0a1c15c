package org.yichuang.usecase.port;

/** A document scanner; the scanning issue brings SANE, until then a simulated one. Blocks. */
public interface Scanner {
    /** Scans one page and returns it as PNG. */
    byte[] scanPage() throws ScanFailedException;

    DeviceState state();

    final class ScanFailedException extends Exception {
        public ScanFailedException(String detail, Throwable cause) {
            super(detail, cause);
        }
    }
}
