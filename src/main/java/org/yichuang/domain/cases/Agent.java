package org.yichuang.domain.cases;

import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Masking;

/**
 * The agent (代办人) as recorded on a case: who applied on the principal's behalf, identified by their own card. Only
 * what identifies them is kept; their address and birth date are not the case's business. {@link #toString()} is
 * masked.
 */
public record Agent(String name, IdDocumentType idType, String idNumber, String phone) {
    @Override
    public String toString() {
        return "Agent[" + Masking.name(name) + ", " + Masking.idNumber(idNumber) + "]";
    }
}
