package org.yichuang.domain.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A material as the platform holds it on a case: how it was provided, its declared digests, whether its file has
 * arrived, and for a deferred material its due date and when it was supplied.
 */
public record CaseMaterial(String materialId, String name, Provision provision, LocalDate dueDate, String licenceNumber,
                           boolean uploaded, long sizeBytes, String sha256, String sm3, OffsetDateTime suppliedAt) {
    /** A deferred material not yet supplied. */
    public boolean outstanding() {
        return provision == Provision.DEFERRED && suppliedAt == null;
    }
}
