package org.yichuang.domain.cases;

import java.time.LocalDate;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Masking;
import org.yichuang.domain.applicant.Sex;

/**
 * The applicant (申请人) as recorded on a case: the person the case is for, whoever stood at the window. Taken from
 * their card ({@link org.yichuang.domain.applicant.CardHolder}) and the phone they gave. {@link #toString()} is masked.
 */
public record Principal(String name, IdDocumentType idType, String idNumber, Sex sex, String nation,
                        LocalDate birthDate, String address, String phone) {
    @Override
    public String toString() {
        return "Principal[" + Masking.name(name) + ", " + Masking.idNumber(idNumber) + "]";
    }
}
