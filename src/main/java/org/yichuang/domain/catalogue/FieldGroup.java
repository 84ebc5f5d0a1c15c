package org.yichuang.domain.catalogue;

/** Where a field sits in the form, in display order. */
public enum FieldGroup { APPLICANT, CONTACT, AGENT, ENTERPRISE, SUBJECT, BUSINESS }
