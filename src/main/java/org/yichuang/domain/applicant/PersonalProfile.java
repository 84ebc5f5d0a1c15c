package org.yichuang.domain.applicant;

/**
 * What the platform's personal profile (一人一档) knows of a person beyond the ID card, so nobody retypes it.
 * Blank where unknown. {@link #toString()} says only which facts are present.
 */
public record PersonalProfile(String phone, String residenceAddress, String spouseName, String spouseIdNumber,
                              String socialSecurityNumber, String enterpriseName, String enterpriseUscc) {
    public static final PersonalProfile EMPTY = new PersonalProfile("", "", "", "", "", "", "");

    public PersonalProfile {
        phone = blankIfNull(phone);
        residenceAddress = blankIfNull(residenceAddress);
        spouseName = blankIfNull(spouseName);
        spouseIdNumber = blankIfNull(spouseIdNumber);
        socialSecurityNumber = blankIfNull(socialSecurityNumber);
        enterpriseName = blankIfNull(enterpriseName);
        enterpriseUscc = blankIfNull(enterpriseUscc);
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        return "PersonalProfile[phone=" + !phone.isEmpty() + ", spouse=" + !spouseName.isEmpty() + "]";
    }
}
