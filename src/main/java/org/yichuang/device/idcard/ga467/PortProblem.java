package org.yichuang.device.idcard.ga467;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * A serial port that cannot be opened, said as what it is: a path that does not exist, a port the user may not open
 * (Linux: {@code EACCES}, the user is not in the device's group, usually {@code dialout}), or another failure.
 */
public final class PortProblem extends IOException {
    /** What kind of problem it is. */
    public enum Kind { NO_SUCH_PATH, NO_PERMISSION, OTHER }

    static final int EPERM = 1;
    static final int ENOENT = 2;
    static final int EACCES = 13;
    /** The group Debian and most distributions give serial devices ({@code root:dialout}, mode 0660). */
    static final String SERIAL_GROUP = "dialout";

    private final Kind kind;
    private final String path;
    private final String group;

    PortProblem(Kind kind, String path, String group, String message) {
        super(message);
        this.kind = kind;
        this.path = path;
        this.group = group;
    }

    public Kind kind() {
        return kind;
    }

    /** The path as the user gave it. */
    public String path() {
        return path;
    }

    /** The group whose members may open the port (NO_PERMISSION only). */
    public String group() {
        return group;
    }

    static PortProblem noSuchPath(String path) {
        return new PortProblem(Kind.NO_SUCH_PATH, path, "", "no such port: " + path + " does not exist");
    }

    static PortProblem noPermission(String path) {
        String group = groupOf(Path.of(path));
        return new PortProblem(Kind.NO_PERMISSION, path, group, "permission denied on " + path
                + ": add the user to the group " + group + " (usermod -aG " + group + " USER) and log in again");
    }

    /** Classifies a failed open(2) by its errno, as jSerialComm reports it ({@code getLastErrorCode}). */
    static PortProblem ofErrno(String path, int errno) {
        return switch (errno) {
            case EACCES, EPERM -> noPermission(path);
            case ENOENT -> noSuchPath(path);
            default -> new PortProblem(Kind.OTHER, path, "", "cannot open " + path + " (error " + errno + ")");
        };
    }

    /** The group owning the device file, or {@code dialout} when it is root's or cannot be read. */
    static String groupOf(Path path) {
        try {
            String group = Files.readAttributes(path, PosixFileAttributes.class).group().getName();
            return group.equals("root") ? SERIAL_GROUP : group;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return SERIAL_GROUP;
        }
    }
}
