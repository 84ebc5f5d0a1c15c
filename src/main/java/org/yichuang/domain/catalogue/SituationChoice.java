package org.yichuang.domain.catalogue;

/** One answer to one situation question: "applicant-role = agent". */
public record SituationChoice(String situation, String option) {
}
