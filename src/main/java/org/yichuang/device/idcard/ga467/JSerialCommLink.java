package org.yichuang.device.idcard.ga467;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;

/** A serial port through jSerialComm, 8N1. Ports are opened by path, so ptys (which it does not list) work too. */
public final class JSerialCommLink implements SerialLink {
    private final SerialPort port;

    private JSerialCommLink(SerialPort port) {
        this.port = port;
    }

    public static JSerialCommLink open(String path, int baud) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) { // jSerialComm throws for paths it cannot resolve
            throw new IOException("no serial port " + path, e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new IOException("cannot open " + path + " (error " + port.getLastErrorCode() + ")");
        }
        return new JSerialCommLink(port);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (port.writeBytes(bytes, bytes.length) != bytes.length) {
            throw new IOException("write to " + port.getSystemPortPath() + " failed (error " + port.getLastErrorCode() + ")");
        }
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        // Semi-blocking timeouts become the tty's VTIME, in tenths of a second: a "1 ms" wait is really 100 ms.
        // A zero timeout is therefore a true non-blocking read.
        port.setComPortTimeouts(timeoutMillis <= 0 ? SerialPort.TIMEOUT_NONBLOCKING : SerialPort.TIMEOUT_READ_SEMI_BLOCKING,
                Math.max(timeoutMillis, 0), 0);
        int n = port.readBytes(buffer, buffer.length);
        if (n < 0 || !port.isOpen()) {
            throw new IOException("read from " + port.getSystemPortPath() + " failed: the reader is gone");
        }
        return n;
    }

    @Override
    public void close() {
        port.closePort();
    }
}
