package org.yichuang.domain.cases;

/** Whether a case is for a single item or for a 一件事 bundle. */
public enum SubjectType { ITEM, BUNDLE }
