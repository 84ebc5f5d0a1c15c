package org.yichuang.domain.catalogue;

/** The kind of value a form field takes, which decides its validation. */
public enum FieldType { TEXT, TEXTAREA, ID_NUMBER, USCC, PHONE, DATE, NUMBER, CHOICE }
