package org.yichuang.domain.cases;

import java.time.LocalDate;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Masking;
import org.yichuang.domain.applicant.Sex;

/** The applicant as recorded on a case. {@link #toString()} is masked. */
public record CaseApplicant(String name, IdDocumentType idType, String idNumber, Sex sex, String nation,
                            LocalDate birthDate, String address, String phone) {
    @Override
    public String toString() {
        return "CaseApplicant[" + Masking.name(name) + ", " + Masking.idNumber(idNumber) + "]";
    }
}
