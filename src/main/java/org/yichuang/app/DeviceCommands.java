package org.yichuang.app;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Scanner;
import org.yichuang.device.card.pcsc.PcscSocialSecurityReader;
import org.yichuang.device.card.pcsc.SocialSecurityCard;
import org.yichuang.device.idcard.ga467.CardText;
import org.yichuang.device.idcard.ga467.Ga467Emulator;
import org.yichuang.device.idcard.ga467.Ga467Reader;
import org.yichuang.device.idcard.ga467.JSerialCommLink;
import org.yichuang.device.idcard.sdk.SdkIdCardReader;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.applicant.Masking;
import org.yichuang.platform.Json;
import org.yichuang.usecase.port.IdCardReader.IdCardException;

/** The technician's device commands: {@code devices}, {@code read-id}, {@code emulate-idcard}. */
final class DeviceCommands {
    private DeviceCommands() {
    }

    /** Lists the serial ports and PC/SC readers this machine has, and the SDK reader of a device settings file. */
    static int devices(List<String> args) {
        if (args.size() == 2 && args.get(0).equals("--devices")) {
            DeviceSettings settings = DeviceSettings.from(java.util.Optional.of(java.nio.file.Path.of(args.get(1))));
            System.out.println("Configured in " + args.get(1) + ":");
            System.out.println("  idcard=" + settings.idCard() + (settings.idCardPort() == null ? "" : " on " + settings.idCardPort()));
            if (settings.idCardLibrary() != null) {
                try {
                    var sdk = new SdkIdCardReader(java.nio.file.Path.of(settings.idCardLibrary()));
                    var state = sdk.probe();
                    System.out.println("  SDK reader " + settings.idCardLibrary() + ": " + state.condition() + " " + state.detail());
                } catch (IllegalArgumentException e) {
                    System.out.println("  SDK reader: " + e.getMessage());
                }
            }
            if (settings.photoDecoder() != null) {
                try {
                    new org.yichuang.device.idcard.photo.WltLibraryDecoder(java.nio.file.Path.of(settings.photoDecoder()));
                    System.out.println("  photo decoder " + settings.photoDecoder() + ": loaded");
                } catch (IllegalArgumentException e) {
                    System.out.println("  photo decoder: " + e.getMessage());
                }
            }
        } else if (!args.isEmpty()) {
            throw new LaunchOptions.BadOptions("devices [--devices FILE]");
        }
        System.out.println("Serial ports (GA/T 467 readers, ESC/POS printers):");
        SerialPort[] ports = SerialPort.getCommPorts();
        if (ports.length == 0) {
            System.out.println("  none found (ptys are not listed; use read-id --port PATH)");
        }
        for (SerialPort p : ports) {
            System.out.println("  " + p.getSystemPortPath() + "  " + p.getDescriptivePortName());
        }
        System.out.println("PC/SC readers (social security cards):");
        System.out.println("  " + PcscProbe.describe());
        return 0;
    }

    /** {@code read-id --port PATH [--baud N] [--timeout S] [--json] [--unmasked]}: one card, printed. */
    static int readId(List<String> args) throws IOException {
        String port = null;
        String sdk = null;
        String pcsc = null;
        int baud = 115200;
        int timeout = 10;
        boolean json = false;
        boolean unmasked = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--port" -> port = value(args, ++i, "--port");
                case "--baud" -> baud = (int) LaunchOptions.number("--baud", value(args, ++i, "--baud"), 9600, 115200);
                case "--timeout" -> timeout = (int) LaunchOptions.number("--timeout", value(args, ++i, "--timeout"), 1, 600);
                case "--json" -> json = true;
                case "--unmasked" -> unmasked = true;
                case "--sdk" -> sdk = value(args, ++i, "--sdk");
                case "--pcsc" -> pcsc = value(args, ++i, "--pcsc");
                default -> throw new LaunchOptions.BadOptions("read-id: unknown option '" + args.get(i) + "'");
            }
        }
        if (java.util.stream.Stream.of(port, sdk, pcsc).filter(java.util.Objects::nonNull).count() != 1) {
            throw new LaunchOptions.BadOptions("read-id needs one of --port PATH, --sdk LIBRARY or --pcsc READER (see: yichuang devices)");
        }
        if (pcsc != null) {
            return readSocialSecurityCard(pcsc, timeout, json, unmasked);
        }
        String path = port != null ? port : sdk;
        int rate = baud;
        Ga467Reader serial = port == null ? null : new Ga467Reader(path, () -> JSerialCommLink.open(path, rate));
        SdkIdCardReader usb;
        try {
            usb = sdk == null ? null : new SdkIdCardReader(java.nio.file.Path.of(sdk));
        } catch (IllegalArgumentException e) {
            System.err.println("yichuang: " + e.getMessage());
            return 1;
        }
        org.yichuang.usecase.port.IdCardReader reader = serial != null ? serial : usb;
        try {
            CardText card = serial != null ? serial.readText(Duration.ofSeconds(timeout)) : usb.readText(Duration.ofSeconds(timeout));
            print(fields(card, unmasked), json);
            return 0;
        } catch (IdCardException e) {
            if (e.unsupportedEdition().isPresent()) { // a card was read: never report it as "no card"
                var u = e.unsupportedEdition().get();
                System.err.println("yichuang: a card was read from " + path + ", but its edition (type flag '" + u.flag()
                        + "') is not supported yet; common fields: name " + (unmasked ? u.name() : Masking.name(u.name()))
                        + ", number " + (unmasked ? u.number() : Masking.idNumber(u.number())) + ", valid "
                        + text(u.validFrom()) + " to " + (u.validUntil() == null ? "?" : text(u.validUntil())));
                return 4;
            }
            System.err.println("yichuang: no card read from " + path + " within " + timeout + " s ("
                    + e.messageKey() + "): " + e.getMessage() + "; reader state: " + reader.state().detail());
            return 3;
        }
    }

    /** A social security card: the holder's data under the same keys as an ID card, plus the card number. */
    private static int readSocialSecurityCard(String readerName, int timeout, boolean json, boolean unmasked) throws IOException {
        var reader = new PcscSocialSecurityReader(readerName.equals("auto") ? null : readerName);
        try {
            SocialSecurityCard card = reader.read(Duration.ofSeconds(timeout));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", unmasked ? card.name() : Masking.name(card.name()));
            out.put("sex", card.sex().name());
            out.put("nation", card.nation());
            out.put("birthDate", text(card.birthDate()));
            out.put("idNumber", unmasked ? card.socialSecurityNumber() : Masking.idNumber(card.socialSecurityNumber()));
            out.put("documentType", "SOCIAL_SECURITY_CARD");
            out.put("cardNumber", unmasked ? card.cardNumber() : Masking.idNumber(card.cardNumber()));
            print(out, json);
            return 0;
        } catch (PcscSocialSecurityReader.SscException e) {
            System.err.println("yichuang: no social security card read from " + readerName + " within " + timeout + " s ("
                    + e.messageKey() + "): " + e.getMessage());
            return 3;
        }
    }

    private static void print(Map<String, Object> out, boolean json) throws IOException {
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(out));
        } else {
            out.forEach((k, v) -> System.out.println(k + ": " + (v == null ? "" : v)));
        }
    }

    static Map<String, Object> fields(CardText c, boolean unmasked) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", unmasked ? c.name() : Masking.name(c.name()));
        out.put("sex", c.sex().name());
        out.put("nation", c.nation());
        out.put("birthDate", text(c.birthDate()));
        out.put("address", unmasked ? c.address() : c.address().isEmpty() ? "" : "***");
        out.put("idNumber", unmasked ? c.idNumber() : Masking.idNumber(c.idNumber()));
        out.put("authority", c.authority());
        out.put("validFrom", text(c.validFrom()));
        out.put("validUntil", c.validUntil() == null ? "长期" : text(c.validUntil()));
        out.put("documentType", c.documentType().name());
        if (c.passNumber() != null) {
            out.put("passNumber", unmasked ? c.passNumber() : Masking.idNumber(c.passNumber()));
            out.put("issueCount", c.issueCount());
        }
        if (c.nationality() != null) {
            out.put("englishName", unmasked ? c.englishName() : Masking.name(c.englishName()));
            out.put("nationality", c.nationality());
        }
        return out;
    }

    /** {@code emulate-idcard --port PATH}: a reader in software for demos; Enter takes the card away and back. */
    static int emulate(List<String> args) throws IOException {
        if (args.size() != 2 || !args.get(0).equals("--port")) {
            throw new LaunchOptions.BadOptions("emulate-idcard --port PATH (one end of a pty pair, e.g. from socat)");
        }
        try (Ga467Emulator emulator = new Ga467Emulator(JSerialCommLink.open(args.get(1), 115200))) {
            var cards = SpecimenCards.ALL;
            int next = 0;
            Scanner in = new Scanner(System.in);
            boolean placed = false;
            System.out.println("emulating a GA/T 467 reader on " + args.get(1) + "; Enter: place/remove a specimen card; q: quit");
            while (in.hasNextLine() && !in.nextLine().strip().equals("q")) {
                if (placed) {
                    emulator.removeCard();
                    System.out.println("card removed");
                } else {
                    var a = cards.get(next++ % cards.size());
                    emulator.placeCard(new CardText(a.documentType(), a.name(), a.sex(), a.nation(), a.birthDate(),
                            a.address(), a.idNumber(), a.authority(), a.validFrom(), a.validUntil(), null, null, null, null));
                    System.out.println("card placed: " + a);
                }
                placed = !placed;
            }
        }
        return 0;
    }

    private static String value(List<String> args, int i, String name) {
        if (i >= args.size()) {
            throw new LaunchOptions.BadOptions(name + " needs a value");
        }
        return args.get(i);
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
