package org.yichuang.device.card.pcsc;

import java.time.LocalDate;
import org.yichuang.domain.applicant.Masking;
import org.yichuang.domain.applicant.Sex;

/** What the social security application (sx1.sh.社会保障) tells about its holder. {@code toString} is masked. */
public record SocialSecurityCard(String cardNumber, String socialSecurityNumber, String name, Sex sex, String nation,
                                 LocalDate birthDate) {
    @Override
    public String toString() {
        return "SocialSecurityCard[" + Masking.name(name) + ", " + Masking.idNumber(socialSecurityNumber) + "]";
    }
}
