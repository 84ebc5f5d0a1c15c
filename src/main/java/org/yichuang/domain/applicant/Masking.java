package org.yichuang.domain.applicant;

/** The masked forms of personal data used in logs and on public screens. */
public final class Masking {
    private Masking() {
    }

    /** Keeps the first four and the last four characters: {@code 6101**********1234}. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.isEmpty()) {
            return "";
        }
        if (idNumber.length() <= 8) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }

    /** Keeps the family name (first character): {@code 张*}, {@code 欧**}. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(rest, 1));
    }

    /** Keeps the first three and the last four digits of a phone number. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? "" : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
