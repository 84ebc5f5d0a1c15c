package org.yichuang.domain.cases;

/** What the window decided: accept (受理), tell everything missing at once (一次性告知), or refuse (不予受理). */
public enum Decision { ACCEPT, NOTIFY, REFUSE }
