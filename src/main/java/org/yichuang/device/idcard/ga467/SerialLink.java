package org.yichuang.device.idcard.ga467;

import java.io.IOException;

/** A byte link to a reader: a serial port, a USB-serial adapter, or one end of a pty pair in tests. */
public interface SerialLink extends AutoCloseable {
    void write(byte[] bytes) throws IOException;

    /**
     * Reads what arrives within {@code timeoutMillis} (0: only what is there already, without waiting); answers 0 on
     * timeout, IOException when the link is gone.
     */
    int read(byte[] buffer, int timeoutMillis) throws IOException;

    @Override
    void close();
}
