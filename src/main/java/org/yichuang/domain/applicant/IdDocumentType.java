package org.yichuang.domain.applicant;

/**
 * The documents an applicant is identified by: what a GA/T 467 reader delivers, and the social security card, whose
 * social security number is the citizen's GB 11643 number.
 */
public enum IdDocumentType { RESIDENT_ID, HMT_PERMIT, FOREIGNER_PERMANENT, SOCIAL_SECURITY_CARD }
