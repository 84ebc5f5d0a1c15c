package org.yichuang.domain.licence;

import java.time.LocalDate;

/**
 * An e-licence (电子证照) the government issued to a holder. {@code type} is the catalogue's licence type code, so
 * a material that names the type can be satisfied by it (免提交).
 */
public record ElectronicLicence(String licenceNumber, String type, String name, String issuer, LocalDate issuedOn,
                                LocalDate validUntil) {
    public boolean validOn(LocalDate day) {
        return validUntil == null || !validUntil.isBefore(day);
    }
}
