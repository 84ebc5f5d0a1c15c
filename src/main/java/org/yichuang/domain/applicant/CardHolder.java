package org.yichuang.domain.applicant;

import java.time.LocalDate;

/**
 * A person as read from an identity document. {@code validUntil} is null for 长期 (no expiry). {@code englishName} and
 * {@code nationality} (ISO 3166-1 alpha-3, see {@link Countries}) are set for foreigners' permanent residence cards
 * (both editions), null otherwise.
 * {@link #toString()} is masked so that the record can never leak into a log whole.
 */
public record CardHolder(String name, Sex sex, String nation, LocalDate birthDate, String address, String idNumber,
                         String authority, LocalDate validFrom, LocalDate validUntil, IdDocumentType documentType,
                         String englishName, String nationality) {

    /** A citizen's or permit holder's document: no English name, no nationality. */
    public CardHolder(String name, Sex sex, String nation, LocalDate birthDate, String address, String idNumber,
                     String authority, LocalDate validFrom, LocalDate validUntil, IdDocumentType documentType) {
        this(name, sex, nation, birthDate, address, idNumber, authority, validFrom, validUntil, documentType, null, null);
    }

    public boolean expiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }

    public String maskedName() {
        return Masking.name(name);
    }

    public String maskedIdNumber() {
        return Masking.idNumber(idNumber);
    }

    @Override
    public String toString() {
        return "CardHolder[" + maskedName() + ", " + maskedIdNumber() + ", " + documentType + "]";
    }
}
