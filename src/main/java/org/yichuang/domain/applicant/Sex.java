package org.yichuang.domain.applicant;

/** GB/T 2261.1 sex, as far as an identity document states it. */
public enum Sex {
    UNKNOWN, MALE, FEMALE;

    /** The GB/T 2261.1 code: 0 unknown, 1 male, 2 female, 9 unstated. */
    public static Sex fromCode(String code) {
        return switch (code == null ? "" : code.strip()) {
            case "1" -> MALE;
            case "2" -> FEMALE;
            default -> UNKNOWN;
        };
    }
}
