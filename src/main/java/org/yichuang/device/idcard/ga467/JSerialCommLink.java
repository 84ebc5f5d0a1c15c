package org.yichuang.device.idcard.ga467;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A serial port through jSerialComm, 8N1. Ports are opened by path, so ptys (which it does not list) work too. The path
 * is checked here first: for a path that does not exist jSerialComm silently opens {@code /dev/<basename>} instead, and
 * the product must never write to a device the user did not name.
 */
public final class JSerialCommLink implements SerialLink {
    private final SerialPort port;

    private JSerialCommLink(SerialPort port) {
        this.port = port;
    }

    public static JSerialCommLink open(String path, int baud) throws IOException {
        return open(path, baud, SerialPort::getCommPort);
    }

    /** {@code ports} resolves a path to jSerialComm's port; it is called only with a path that exists. */
    static JSerialCommLink open(String path, int baud, Function<String, SerialPort> ports) throws IOException {
        Path named = Path.of(path);
        if (!Files.exists(named)) {
            throw PortProblem.noSuchPath(path);
        }
        if (!Files.isReadable(named) || !Files.isWritable(named)) {
            throw PortProblem.noPermission(path);
        }
        SerialPort port;
        try {
            port = ports.apply(path);
        } catch (RuntimeException e) { // jSerialComm throws for paths it cannot resolve
            throw new IOException("no serial port " + path, e);
        }
        if (!sameDevice(named, port.getSystemPortPath())) {
            throw new IOException("the serial library resolved " + path + " to " + port.getSystemPortPath() + "; not opened");
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw PortProblem.ofErrno(path, port.getLastErrorCode());
        }
        return new JSerialCommLink(port);
    }

    private static boolean sameDevice(Path named, String resolved) {
        try {
            return resolved != null && Files.isSameFile(named, Path.of(resolved));
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
