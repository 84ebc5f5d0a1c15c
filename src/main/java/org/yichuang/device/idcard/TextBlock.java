package org.yichuang.device.idcard;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.yichuang.domain.applicant.Countries;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Nations;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.domain.applicant.UnsupportedEdition;

/**
 * Decodes the 256-byte UCS-2LE text block of a GA/T 467 read reply. Four layouts, told apart by the flag at
 * offset 248: blank for the resident ID card, {@code J} for the HK/Macao/Taiwan residence permit, {@code I} and
 * {@code Y} for the foreigner's permanent residence card (2017 and 2023 editions; protocols.md). Any other flag is an
 * edition not supported yet: {@link Unsupported} with what the common fields hold, never "no card". A pure function:
 * bad bytes give a reason, never an exception.
 */
public final class TextBlock {
    public static final int LENGTH = 256;
    /**
     * GA/T 467 text block: the valid-until field of a card valid without end (长期) holds these two characters (UCS-2)
     * instead of eight digits. Bytes of the standard, not display text.
     */
    public static final String NO_EXPIRY = "长期";

    /** A decoded block, or why it could not be decoded. */
    public sealed interface Result permits Decoded, Malformed, Unsupported {
    }

    /** A card edition this decoder does not know, with its common fields read leniently. */
    public record Unsupported(UnsupportedEdition edition) implements Result {
    }

    public record Decoded(CardText text) implements Result {
    }

    public record Malformed(String reason) implements Result {
    }

    private TextBlock() {
    }

    public static Result decode(byte[] block) {
        if (block == null || block.length != LENGTH) {
            return new Malformed("text block is " + (block == null ? 0 : block.length) + " bytes, not " + LENGTH);
        }
        String flag = field(block, 248, 2);
        try {
            return switch (flag) {
                case "" -> resident(block, IdDocumentType.RESIDENT_ID);
                case "J" -> resident(block, IdDocumentType.HMT_PERMIT);
                case "I" -> foreigner(block);
                case "Y" -> foreigner2023(block);
                default -> new Unsupported(common(block, flag));
            };
        } catch (BadField e) {
            return new Malformed(e.getMessage());
        }
    }

    private static Result resident(byte[] b, IdDocumentType type) {
        String idNumber = field(b, 122, 36);
        if (!idNumber.matches("\\d{17}[\\dX]")) {
            throw new BadField("ID number field is not 18 characters");
        }
        boolean permit = type == IdDocumentType.HMT_PERMIT;
        String nation = permit ? "" : Optional.ofNullable(Nations.name(field(b, 32, 4)))
                .orElseThrow(() -> new BadField("unknown nation code '" + field(b, 32, 4) + "'"));
        return new Decoded(new CardText(type, required(b, 0, 30, "name"), sex(field(b, 30, 2)), nation,
                date(field(b, 36, 16), "birth date"), field(b, 52, 70), idNumber, field(b, 158, 30),
                date(field(b, 188, 16), "valid from"), until(field(b, 204, 16)),
                permit ? field(b, 220, 18) : null, permit ? field(b, 238, 4) : null, null, null));
    }

    /** Foreigner's permanent residence card, 2017 layout (verify against a real card before relying on it). */
    private static Result foreigner(byte[] b) {
        String number = field(b, 122, 30);
        if (!number.matches("[A-Z]{3}\\d{12}")) {
            throw new BadField("permanent residence number is not 3 letters and 12 digits");
        }
        String english = field(b, 0, 120);
        String chinese = field(b, 158, 30);
        return new Decoded(new CardText(IdDocumentType.FOREIGNER_PERMANENT, chinese.isEmpty() ? english : chinese,
                sex(field(b, 120, 2)), "", date(field(b, 220, 16), "birth date"), "", number, field(b, 240, 8),
                date(field(b, 188, 16), "valid from"), until(field(b, 204, 16)), null, field(b, 236, 4), english,
                Countries.alpha3(field(b, 152, 6)).orElse(field(b, 152, 6))));
    }

    /** Foreigner's permanent residence card, 2023 edition: an 18-digit number starting with 9 (GB 11643 check). */
    private static Result foreigner2023(byte[] b) {
        String number = field(b, 122, 36);
        if (!number.matches("9\\d{16}[\\dX]")) {
            throw new BadField("permanent residence number is not 18 characters starting with 9");
        }
        // 35 characters, then the rest at 220: joined unstripped, so a name split mid-word stays whole
        String english = (raw(b, 52, 70) + raw(b, 220, 22)).strip();
        String chinese = field(b, 0, 30);
        String country = field(b, 242, 6);
        return new Decoded(new CardText(IdDocumentType.FOREIGNER_PERMANENT, chinese.isEmpty() ? english : chinese,
                sex(field(b, 30, 2)), "", date(field(b, 36, 16), "birth date"), "", number, "",
                date(field(b, 188, 16), "valid from"), until(field(b, 204, 16)), null, field(b, 32, 4), english,
                Countries.alpha3(country).orElse(country)));
    }

    /** The fields every layout keeps in place (name, number, validity), read without failing on any of them. */
    private static UnsupportedEdition common(byte[] b, String flag) {
        return new UnsupportedEdition(flag, field(b, 0, 30), field(b, 122, 36), lenientDate(field(b, 188, 16)),
                lenientDate(field(b, 204, 16)));
    }

    private static LocalDate lenientDate(String value) {
        try {
            return date(value, "date");
        } catch (BadField e) {
            return null;
        }
    }

    /** Encodes a card's text as a reader delivers it: for the device emulator and tests. */
    public static byte[] encode(CardText t) {
        byte[] b = new byte[LENGTH];
        put(b, 0, LENGTH, "");
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;
        String until = t.validUntil() == null ? NO_EXPIRY : day.format(t.validUntil());
        String sex = switch (t.sex()) {
            case MALE -> "1";
            case FEMALE -> "2";
            case UNKNOWN -> "0";
        };
        if (t.documentType() == IdDocumentType.FOREIGNER_PERMANENT && t.idNumber().startsWith("9")) {
            String english = t.englishName() == null ? "" : t.englishName();
            put(b, 0, 30, t.name());
            put(b, 30, 2, sex);
            put(b, 32, 4, t.issueCount());
            put(b, 36, 16, day.format(t.birthDate()));
            put(b, 52, 70, english.substring(0, Math.min(35, english.length())));
            put(b, 122, 36, t.idNumber());
            put(b, 220, 22, english.length() > 35 ? english.substring(35) : "");
            put(b, 242, 6, Countries.numeric(t.nationality()).orElse(t.nationality()));
            put(b, 248, 2, "Y");
        } else if (t.documentType() == IdDocumentType.FOREIGNER_PERMANENT) {
            put(b, 0, 120, t.englishName());
            put(b, 120, 2, sex);
            put(b, 122, 30, t.idNumber());
            put(b, 152, 6, t.nationality());
            put(b, 158, 30, t.name());
            put(b, 220, 16, day.format(t.birthDate()));
            put(b, 236, 4, t.issueCount());
            put(b, 240, 8, t.authority());
            put(b, 248, 2, "I");
        } else {
            put(b, 0, 30, t.name());
            put(b, 30, 2, sex);
            put(b, 32, 4, Nations.code(t.nation()));
            put(b, 36, 16, day.format(t.birthDate()));
            put(b, 52, 70, t.address());
            put(b, 122, 36, t.idNumber());
            put(b, 158, 30, t.authority());
            put(b, 220, 18, t.passNumber());
            put(b, 238, 4, t.issueCount());
            put(b, 248, 2, t.documentType() == IdDocumentType.HMT_PERMIT ? "J" : "");
        }
        put(b, 188, 16, day.format(t.validFrom()));
        put(b, 204, 16, until);
        return b;
    }

    private static void put(byte[] b, int offset, int length, String value) {
        String padded = (value == null ? "" : value) + " ".repeat(length / 2);
        byte[] bytes = padded.substring(0, length / 2).getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(bytes, 0, b, offset, length);
    }

    /** UCS-2LE text, padded with spaces (some readers pad with NULs), trimmed. */
    static String field(byte[] b, int offset, int length) {
        return raw(b, offset, length).strip();
    }

    private static String raw(byte[] b, int offset, int length) {
        return new String(b, offset, length, StandardCharsets.UTF_16LE).replace('\0', ' ');
    }

    private static String required(byte[] b, int offset, int length, String what) {
        String value = field(b, offset, length);
        if (value.isEmpty()) {
            throw new BadField(what + " is empty");
        }
        return value;
    }

    private static Sex sex(String code) {
        return Sex.fromCode(code);
    }

    private static LocalDate date(String yyyymmdd, String what) {
        if (!yyyymmdd.matches("\\d{8}")) {
            throw new BadField(what + " is not a date: '" + yyyymmdd + "'");
        }
        try {
            return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new BadField(what + " is not a real date: " + yyyymmdd);
        }
    }

    private static LocalDate until(String value) {
        return value.equals(NO_EXPIRY) ? null : date(value, "valid until");
    }

    private static final class BadField extends RuntimeException {
        BadField(String message) {
            super(message, null, false, false);
        }
    }
}
