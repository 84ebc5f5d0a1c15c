package org.yichuang.usecase.port;

import java.util.Objects;

/**
 * What the status bar shows of a device: no display text, only what the UI words through its bundles. {@code name} is
 * the device's own name (a terminal, port or printer name) or empty, and then the UI shows the family's label;
 * {@code detail} is technical (a port, a count, an error message) and may be empty; a tab separates the values of a
 * wording with several placeholders.
 */
public record DeviceState(Family family, String name, Condition condition, Reason reason, String detail) {
    /** What kind of device it is. */
    public enum Family { IDCARD, SSC, PRINTER, SCANNER }

    /** Simulated devices say so, so nobody mistakes a demo for a working reader. */
    public enum Condition { READY, SIMULATED, ABSENT, FAULT }

    /** Why the device is in its condition; the UI's text for some of them shows the detail. */
    public enum Reason {
        READY,
        /** Ready; the detail is the port it answers on. */
        READY_ON_PORT,
        /** Ready; the detail is how many printers are installed. */
        PRINTERS_INSTALLED,
        NOT_CONNECTED,
        /** The port could not be opened; the detail is the system's message. */
        OPEN_FAILED,
        NO_RESPONSE,
        SELF_TEST_FAILED,
        /** Bytes that make no frame: a wrong baud rate; the detail is the configured one. */
        WRONG_BAUD,
        /** The user may not open the port; the detail is the path, a tab, and the group to join. */
        NO_PERMISSION,
        /** The port's path does not exist; the detail is the path. */
        NO_SUCH_PORT,
        /** The reader answered with an error status; the detail is the status in hex. */
        READER_ERROR,
        /** Not looked for yet. */
        NOT_FOUND,
        /** Looked for on every port the vendor's library knows, and not found. */
        NOT_FOUND_ON_ANY_PORT,
        DISCONNECTED,
        /** The PC/SC layer reported a problem; the detail is its message. */
        PCSC_PROBLEM,
        NO_PRINTER,
        PRINTING_DISABLED,
        /** The print queue is stopped (cupsdisable, or paused by hand): jobs wait in it. */
        QUEUE_PAUSED,
        /** The print queue refuses new jobs (cupsreject). */
        QUEUE_REJECTING,
        /** The printer says it is offline. */
        PRINTER_OFFLINE,
        /** The printer says it has no paper. */
        OUT_OF_PAPER,
        /** A simulated reader; the detail is how many specimen cards it has. */
        SPECIMEN_CARDS,
        SPECIMEN_SCANS
    }

    public DeviceState {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(reason, "reason");
        name = name == null ? "" : name;
        detail = detail == null ? "" : detail;
    }

    /** A state with no device name of its own and no detail. */
    public static DeviceState of(Family family, Condition condition, Reason reason) {
        return new DeviceState(family, "", condition, reason, "");
    }
}
