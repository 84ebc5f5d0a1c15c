package org.yichuang.domain.catalogue;

/** 原件, 复印件, or 原件及复印件. */
public enum MaterialForm { ORIGINAL, COPY, ORIGINAL_AND_COPY }
