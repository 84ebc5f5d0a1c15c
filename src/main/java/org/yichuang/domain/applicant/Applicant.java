package org.yichuang.domain.applicant;

import java.time.LocalDate;

/**
 * A person as read from an identity document. {@code validUntil} is null for 长期 (no expiry).
 * {@link #toString()} is masked so that the record can never leak into a log whole.
 */
public record Applicant(String name, Sex sex, String nation, LocalDate birthDate, String address, String idNumber,
                        String authority, LocalDate validFrom, LocalDate validUntil, IdDocumentType documentType) {

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
        return "Applicant[" + maskedName() + ", " + maskedIdNumber() + ", " + documentType + "]";
    }
}
