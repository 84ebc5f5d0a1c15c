package org.yichuang.domain.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.yichuang.domain.applicant.IdNumbers;
import org.yichuang.domain.text.Identifiers;
import org.yichuang.domain.text.TypedText;

/** Validation of one form value by its field's type and limits; answers a message key or nothing. */
public final class FieldRules {
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private FieldRules() {
    }

    /**
     * What is wrong with a value, as a message key, after it is put in its canonical form ({@link #canonical}); empty
     * when it may be accepted. Lengths count characters (code points), as the platform contract does.
     */
    public static Optional<String> problem(FormField field, String value, boolean required) {
        String v = canonical(field.type(), value);
        if (v.isEmpty()) {
            return required ? Optional.of("field.required") : Optional.empty();
        }
        if (field.maxLength() != null && TypedText.length(v) > field.maxLength()) {
            return Optional.of("field.tooLong");
        }
        if (field.pattern() != null && !field.pattern().isBlank() && !v.matches(field.pattern())) {
            return Optional.of("field.pattern");
        }
        return switch (field.type()) {
            case ID_NUMBER -> IdNumbers.problem(v);
            case PHONE -> Identifiers.isPhone(v) ? Optional.empty() : Optional.of("field.phone");
            case USCC -> usccProblem(v);
            case NUMBER -> v.matches("\\d{1,30}(\\.\\d{1,4})?") ? Optional.empty() : Optional.of("field.number");
            case DATE -> isDate(v) ? Optional.empty() : Optional.of("field.date");
            case CHOICE -> field.options().isEmpty() || field.options().contains(v) ? Optional.empty() : Optional.of("field.choice");
            case TEXT, TEXTAREA -> Optional.empty();
        };
    }

    /**
     * What a well-formed date breaks of its field's {@link DateRule} on {@code today}; empty for other fields, for a
     * value that is not a date ({@link #problem} says so) and when every rule holds.
     */
    public static Optional<DateRule.Breach> dateProblem(FormField field, String value, LocalDate today,
                                                        java.util.function.Function<String, Optional<LocalDate>> dateOf) {
        String v = canonical(field.type(), value);
        if (field.type() != FieldType.DATE || !isDate(v)) {
            return Optional.empty();
        }
        return field.dates().check(LocalDate.parse(v), today, dateOf);
    }

    /** A form value as a date, when it is one (ISO 8601, as typed and stored). */
    public static Optional<LocalDate> date(String value) {
        String v = canonical(FieldType.DATE, value == null ? "" : value);
        return isDate(v) ? Optional.of(LocalDate.parse(v)) : Optional.empty();
    }

    /**
     * A warning the clerk may confirm rather than a block: a USCC whose check character does not match (codes issued
     * before GB 32100 was enforced are in use like this). The confirmation is recorded with the case under
     * {@link #confirmationKey}.
     */
    public static Optional<String> warning(FormField field, String value) {
        String v = canonical(field.type(), value);
        return field.type() == FieldType.USCC && usccShape(v) && !isUscc(v) ? Optional.of("field.uscc.check") : Optional.empty();
    }

    /** The form-data key that records the clerk's confirmation of a field's warning. */
    public static String confirmationKey(String fieldKey) {
        return fieldKey + ".confirmed";
    }

    /** The value as it is checked and stored: identifiers canonical, other text cleaned of invisible marks. */
    public static String canonical(FieldType type, String value) {
        return switch (type) {
            case ID_NUMBER, USCC -> Identifiers.code(value);
            case PHONE -> Identifiers.phone(value);
            case NUMBER, DATE -> TypedText.normalise(value).replace(" ", "");
            case TEXTAREA -> TypedText.normaliseLines(value);
            default -> TypedText.normalise(value);
        };
    }

    private static Optional<String> usccProblem(String v) {
        return usccShape(v) ? Optional.empty() : Optional.of("field.uscc");
    }

    /** 18 characters of the GB 32100 alphabet, whatever the check character says. */
    private static boolean usccShape(String code) {
        return code.length() == 18 && code.chars().allMatch(c -> USCC_CHARS.indexOf(c) >= 0);
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
