package org.yichuang.domain.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Case numbers: {@code yyyyMMdd}, a six-digit daily sequence and a Luhn check digit, 15 digits in all.
 * Digits only, so a kiosk keypad can enter them; the check digit catches a mistyped digit or a swap.
 */
public final class CaseNumbers {
    public static final int LENGTH = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private CaseNumbers() {
    }

    public static String of(LocalDate day, int sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        String body = DAY.format(day) + "%06d".formatted(sequence);
        return body + luhnDigit(body);
    }

    public static boolean isValid(String caseNumber) {
        return caseNumber != null && caseNumber.matches("\\d{" + LENGTH + "}")
                && luhnDigit(caseNumber.substring(0, LENGTH - 1)) == caseNumber.charAt(LENGTH - 1);
    }

    static char luhnDigit(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
