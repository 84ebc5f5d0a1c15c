package org.yichuang.domain.applicant;

/** The identity documents a GA/T 467 reader can deliver. */
public enum IdDocumentType { RESIDENT_ID, HMT_PERMIT, FOREIGNER_PERMANENT }
