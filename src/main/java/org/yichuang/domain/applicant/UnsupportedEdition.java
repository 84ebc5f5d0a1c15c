package org.yichuang.domain.applicant;

import java.time.LocalDate;

/**
 * A card whose type flag (GA/T 467 text block, offset 248) names an edition the product does not know yet: what its
 * common fields hold, read leniently, so the clerk can see it and type the rest. Any field may be empty or null.
 */
public record UnsupportedEdition(String flag, String name, String number, LocalDate validFrom, LocalDate validUntil) {

    @Override
    public String toString() {
        return "UnsupportedEdition[" + flag + ", " + Masking.name(name) + ", " + Masking.idNumber(number) + "]";
    }
}
