package org.yichuang.usecase;

import java.util.List;
import java.util.function.Supplier;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.PlatformStatus;

/**
 * How the platform and the devices are, for the status bar. Both calls block (a request, a probe of a serial line or a
 * PC/SC reader): run them off the FX thread.
 */
public final class CheckStatus {
    private final PlatformStatus platform;
    private final Supplier<List<DeviceState>> devices;

    /** {@code devices} probes every configured device, in the order the status bar lists them. */
    public CheckStatus(PlatformStatus platform, Supplier<List<DeviceState>> devices) {
        this.platform = platform;
        this.devices = devices;
    }

    /** The platform's name as it reports it; throws {@code PlatformException} when it cannot be reached. */
    public String platformName() {
        return platform.health().strip();
    }

    public List<DeviceState> devices() {
        return List.copyOf(devices.get());
    }
}
