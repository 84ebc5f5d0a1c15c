package org.yichuang.domain.catalogue;

/** The legal kind of a service item (事项类型). */
public enum ItemType { LICENSING, CONFIRMATION, PAYMENT, PUBLIC_SERVICE, OTHER_POWER }
