package org.yichuang.domain.applicant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a clerk must be warned about in an identity document: a number that fails GB 11643, a province code that
 * does not exist (GB/T 2260), a birth date that disagrees with the number, a permit number without its 81/82/83
 * prefix, an expired document. Answers message keys, most serious first.
 */
public final class ApplicantChecks {
    /** Provinces of GB/T 2260 by their first two digits; 71 Taiwan; 81-83 residence permits. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82", "83");
    private static final Set<String> PERMIT_PREFIXES = Set.of("810000", "820000", "830000");

    private ApplicantChecks() {
    }

    public static List<String> problems(CardHolder a, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (a.documentType() == IdDocumentType.FOREIGNER_PERMANENT) {
            foreigner(a, problems);
        } else {
            IdNumbers.problem(a.idNumber()).ifPresent(problems::add);
            if (problems.isEmpty()) {
                String number = a.idNumber().toUpperCase();
                boolean permitNumber = PERMIT_PREFIXES.contains(number.substring(0, 6));
                if (!PROVINCES.contains(number.substring(0, 2))) {
                    problems.add("id.invalid.region");
                } else if (a.documentType() == IdDocumentType.HMT_PERMIT && !permitNumber) {
                    problems.add("id.invalid.permitPrefix");
                } else if ((a.documentType() == IdDocumentType.RESIDENT_ID
                        || a.documentType() == IdDocumentType.SOCIAL_SECURITY_CARD) && number.startsWith("8")) {
                    problems.add("id.invalid.region");
                }
                if (a.birthDate() != null && !IdNumbers.birthDate(number).orElseThrow().equals(a.birthDate())) {
                    problems.add("id.invalid.birthDateMismatch");
                }
            }
        }
        if (a.expiredOn(today)) {
            problems.add("id.expired");
        }
        return problems;
    }

    /**
     * 2017 edition: three letters (ISO 3166-1 alpha-3) and 12 digits. 2023 edition: 18 characters, 9, a GB/T 2260
     * province, the ISO 3166-1 numeric nationality, the birth date, a sequence and a GB 11643 check character.
     */
    private static void foreigner(CardHolder a, List<String> problems) {
        String number = a.idNumber() == null ? "" : a.idNumber().toUpperCase();
        if (number.matches("[A-Z]{3}\\d{12}")) {
            return;
        }
        if (!number.matches("9\\d{16}[\\dX]")) {
            problems.add("id.invalid.format");
        } else if (number.charAt(17) != IdNumbers.checkCharacter(number)) {
            problems.add("id.invalid.checkDigit");
        } else if (!PROVINCES.contains(number.substring(1, 3))) {
            problems.add("id.invalid.region");
        } else {
            if (a.birthDate() != null && !a.birthDate().equals(IdNumbers.birthDate(number).orElse(null))) {
                problems.add("id.invalid.birthDateMismatch");
            }
            if (a.nationality() != null && !a.nationality().equals(Countries.alpha3(number.substring(3, 6)).orElse(""))) {
                problems.add("id.invalid.nationalityMismatch");
            }
        }
    }
}
