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
 * {@code kiosk-profile/config/devices.properties}: {@code idcard=sim|ga467} with {@code idcard.port} and
 * {@code idcard.baud} for a GA/T 467 serial reader, {@code idcard=sdk} with {@code idcard.library} for a USB reader
 * through its vendor's sdtapi library, {@code idcard.photoDecoder} the vendor's WLT library (libwlt2bmp.so),
 * {@code ssc=none|pcsc} with {@code ssc.reader=auto|NAME} for social security cards, {@code printer=system|none}.
 */
record DeviceSettings(String idCard, String idCardPort, int idCardBaud, String idCardLibrary, String photoDecoder,
                      String socialSecurityReader, String printer) {
    private static final Set<String> ID_CARD = Set.of("sim", "ga467", "sdk");
    private static final Set<String> PRINTER = Set.of("system", "none");

    static DeviceSettings simulated() {
        return new DeviceSettings("sim", null, 115200, null, null, null, "system");
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
        String idCard = one(p, "idcard", "sim", ID_CARD);
        String port = p.getProperty("idcard.port", "").strip();
        if (idCard.equals("ga467") && port.isEmpty()) {
            throw new LaunchOptions.BadOptions("idcard=ga467 needs idcard.port, e.g. idcard.port=/dev/ttyUSB0 (see: yichuang devices)");
        }
        int baud = baud(p.getProperty("idcard.baud", "115200"));
        String library = p.getProperty("idcard.library", "").strip();
        if (idCard.equals("sdk") && library.isEmpty()) {
            throw new LaunchOptions.BadOptions("idcard=sdk needs idcard.library, the vendor's library, e.g. /opt/reader/libsdtapi.so");
        }
        String photos = p.getProperty("idcard.photoDecoder", "").strip();
        String ssc = one(p, "ssc", "none", Set.of("none", "pcsc"));
        String sscReader = ssc.equals("pcsc") ? p.getProperty("ssc.reader", "auto").strip() : null;
        return new DeviceSettings(idCard, port.isEmpty() ? null : port, baud, library.isEmpty() ? null : library,
                photos.isEmpty() ? null : photos, sscReader, one(p, "printer", "system", PRINTER));
    }

    private static int baud(String value) {
        try {
            return (int) Converters.number(value, 9600, 115200);
        } catch (IllegalArgumentException e) {
            throw new LaunchOptions.BadOptions("device setting idcard.baud " + e.getMessage());
        }
    }

    private static String one(Properties p, String key, String fallback, Set<String> allowed) {
        String value = p.getProperty(key, fallback).strip();
        if (!allowed.contains(value)) {
            throw new LaunchOptions.BadOptions("device setting " + key + "=" + value + " is not supported; use one of " + allowed);
        }
        return value;
    }
}
