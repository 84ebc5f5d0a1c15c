package org.yichuang.domain.catalogue;

/** One possible answer to a situation question. */
public record SituationOption(String id, String label) {
}
