package org.yichuang.domain.cases;

/** Where a case was accepted. */
public enum Channel { WINDOW, KIOSK }
