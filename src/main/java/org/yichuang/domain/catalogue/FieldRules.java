package org.yichuang.domain.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.yichuang.domain.applicant.IdNumbers;

/** Validation of one form value by its field's type and limits; answers a message key or nothing. */
public final class FieldRules {
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private FieldRules() {
    }

    public static Optional<String> problem(FormField field, String value, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return required ? Optional.of("field.required") : Optional.empty();
        }
        if (field.maxLength() != null && v.length() > field.maxLength()) {
            return Optional.of("field.tooLong");
        }
        if (field.pattern() != null && !field.pattern().isBlank() && !v.matches(field.pattern())) {
            return Optional.of("field.pattern");
        }
        return switch (field.type()) {
            case ID_NUMBER -> IdNumbers.problem(v);
            case PHONE -> v.matches("1\\d{10}|0\\d{2,3}-?\\d{7,8}") ? Optional.empty() : Optional.of("field.phone");
            case USCC -> isUscc(v) ? Optional.empty() : Optional.of("field.uscc");
            case NUMBER -> v.matches("\\d{1,30}(\\.\\d{1,4})?") ? Optional.empty() : Optional.of("field.number");
            case DATE -> isDate(v) ? Optional.empty() : Optional.of("field.date");
            case CHOICE -> field.options().isEmpty() || field.options().contains(v) ? Optional.empty() : Optional.of("field.choice");
            case TEXT, TEXTAREA -> Optional.empty();
        };
    }

    /** GB 32100: 18 characters of a 31-letter alphabet, the last a weighted mod-31 check. */
    public static boolean isUscc(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_CHARS.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == USCC_CHARS.charAt(check);
    }

    private static boolean isDate(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
