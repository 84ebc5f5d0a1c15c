package org.yichuang.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Which adapter serves each device family: {@code --devices=sim} (the default) or a properties file such as
 * {@code kiosk-profile/devices.properties}: {@code idcard=sim}, {@code printer=system|none}.
 */
record DeviceSettings(String idCard, String printer) {
    private static final Set<String> ID_CARD = Set.of("sim");
    private static final Set<String> PRINTER = Set.of("system", "none");

    static DeviceSettings simulated() {
        return new DeviceSettings("sim", "system");
    }

    static DeviceSettings from(Optional<Path> file) {
        if (file.isEmpty()) {
            return simulated();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new LaunchOptions.BadOptions("device settings " + file.get() + " cannot be read: " + e.getMessage());
        }
        return new DeviceSettings(one(p, "idcard", "sim", ID_CARD), one(p, "printer", "system", PRINTER));
    }

    private static String one(Properties p, String key, String fallback, Set<String> allowed) {
        String value = p.getProperty(key, fallback).strip();
        if (!allowed.contains(value)) {
            throw new LaunchOptions.BadOptions("device setting " + key + "=" + value + " is not supported; use one of " + allowed);
        }
        return value;
    }
}
