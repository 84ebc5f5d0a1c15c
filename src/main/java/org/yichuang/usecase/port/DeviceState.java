package org.yichuang.usecase.port;

/** What the status bar shows of a device. */
public record DeviceState(String family, String name, Condition condition, String detail) {
    /** Simulated devices say so, so nobody mistakes a demo for a working reader. */
    public enum Condition { READY, SIMULATED, ABSENT, FAULT }
}
