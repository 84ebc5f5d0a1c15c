package org.yichuang.ui.common;

import org.yichuang.usecase.port.DeviceState;

/** A device's state in words: the status bar's label and tooltip, and the command line's report. */
public final class DeviceStateText {
    private DeviceStateText() {
    }

    /** The device's own name, or its family's label when it has none. */
    public static String name(I18n i18n, DeviceState d) {
        return d.name().isBlank() ? i18n.get("device.family." + d.family().name()) : d.name();
    }

    /** The name and the condition, as the status bar labels a device. */
    public static String label(I18n i18n, DeviceState d) {
        return name(i18n, d) + " · " + i18n.get("device.condition." + d.condition().name());
    }

    /** Why the device is as it is, with its technical detail where the wording has a place for it. */
    public static String reason(I18n i18n, DeviceState d) {
        return i18n.get("device.reason." + d.reason().name(), (Object[]) d.detail().split("\t", -1));
    }
}
