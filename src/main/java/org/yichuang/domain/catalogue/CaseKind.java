package org.yichuang.domain.catalogue;

/** 即办件 completes at the window; 承诺件 completes within the promised working days. */
public enum CaseKind { INSTANT, PROMISE }
