package org.yichuang.domain.cases;

import java.time.LocalDate;

/**
 * How one material of a case was provided. A deferral has a due date and no digest; an e-licence names its
 * licence number; every provision with a file declares the file's digest, checked when the file is uploaded.
 */
public record MaterialProvision(String materialId, String name, Provision provision, LocalDate dueDate,
                                String licenceNumber, MaterialDigest digest) {
    public MaterialProvision {
        licenceNumber = licenceNumber == null ? "" : licenceNumber;
    }

    public static MaterialProvision deferred(String materialId, String name, LocalDate dueDate) {
        return new MaterialProvision(materialId, name, Provision.DEFERRED, dueDate, "", null);
    }

    public static MaterialProvision file(String materialId, String name, Provision provision, String licenceNumber, byte[] pdf) {
        return new MaterialProvision(materialId, name, provision, null, licenceNumber, MaterialDigest.of(pdf));
    }
}
