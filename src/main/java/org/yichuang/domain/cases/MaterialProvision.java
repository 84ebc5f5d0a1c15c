package org.yichuang.domain.cases;

import java.time.LocalDate;

/** How one material of a case was provided; {@code dueDate} only for deferred materials. */
public record MaterialProvision(String materialId, String name, Provision provision, LocalDate dueDate) {
}
