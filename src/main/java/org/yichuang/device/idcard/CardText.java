package org.yichuang.device.idcard;

import java.time.LocalDate;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Masking;
import org.yichuang.domain.applicant.Sex;

/**
 * Everything the 256-byte text block holds. {@code validUntil} null means 长期. {@code passNumber} and
 * {@code issueCount} are set for residence permits; {@code englishName} and {@code nationality} for foreigners.
 */
public record CardText(IdDocumentType documentType, String name, Sex sex, String nation, LocalDate birthDate,
                       String address, String idNumber, String authority, LocalDate validFrom, LocalDate validUntil,
                       String passNumber, String issueCount, String englishName, String nationality) {

    public CardHolder toApplicant() {
        return new CardHolder(name, sex, nation, birthDate, address, idNumber, authority, validFrom, validUntil, documentType,
                englishName, nationality);
    }

    @Override
    public String toString() {
        return "CardText[" + documentType + ", " + Masking.name(name) + ", " + Masking.idNumber(idNumber) + "]";
    }
}
