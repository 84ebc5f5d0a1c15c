package org.yichuang.domain.text;

import java.util.Locale;

/**
 * The one canonical form of each identifier people type, applied before anything checks or stores it
 * ({@link TypedText} first: full-width characters, invisible marks and stray spaces go).
 * <ul>
 *   <li>ID numbers (GB 11643) and codes (USCC, GB 32100; licence numbers): spaces and hyphens removed, upper case,
 *       so a check character {@code x} is stored as {@code X};</li>
 *   <li>phone numbers: digits only, without {@code +86}/{@code 0086}; mobiles are 11 digits starting 13-19, landlines
 *       the area code (0 and 2-3 digits) and the 7-8 digit number.</li>
 * </ul>
 */
public final class Identifiers {
    private Identifiers() {
    }

    /** An ID number or code in its canonical form: {@code 11010519491231002x} becomes {@code 11010519491231002X}. */
    public static String code(String typed) {
        return TypedText.normalise(typed).replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** A phone number in its canonical form, digits only: {@code +86 138-0013-8000} becomes {@code 13800138000}. */
    public static String phone(String typed) {
        String digits = TypedText.normalise(typed).replaceAll("[\\s\\-().·]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.matches("861[3-9]\\d{9}")) {
            digits = digits.substring(2);
        }
        return digits;
    }

    /** Whether a canonical phone number is a mainland mobile or a landline with its area code. */
    public static boolean isPhone(String canonical) {
        return canonical != null && (canonical.matches("1[3-9]\\d{9}") || canonical.matches("0[1-9]\\d{8,10}"));
    }
}
