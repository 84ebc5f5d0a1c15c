package org.yichuang.domain.applicant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** GB 11643 citizen identity numbers: 17 digits and a check character. */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Why a number is not a valid GB 11643 number, or empty when it is. */
    public static Optional<String> problem(String idNumber) {
        if (idNumber == null || !idNumber.matches("\\d{17}[\\dXx]")) {
            return Optional.of("id.invalid.format");
        }
        if (birthDate(idNumber).isEmpty()) {
            return Optional.of("id.invalid.birthDate");
        }
        if (Character.toUpperCase(idNumber.charAt(17)) != checkCharacter(idNumber)) {
            return Optional.of("id.invalid.checkDigit");
        }
        return Optional.empty();
    }

    public static boolean isValid(String idNumber) {
        return problem(idNumber).isEmpty();
    }

    /** The birth date held in digits 7 to 14, when it is a real date. */
    public static Optional<LocalDate> birthDate(String idNumber) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                    Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
