package org.yichuang.app;

/** The two faces of the one application. */
public enum Mode { CLERK, KIOSK }
