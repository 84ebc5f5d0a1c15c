package org.yichuang.domain.cases;

import java.time.LocalDate;

/** A material as the platform holds it on a case. */
public record CaseMaterial(String materialId, String name, Provision provision, LocalDate dueDate, boolean uploaded,
                           long sizeBytes, String sha256) {
}
