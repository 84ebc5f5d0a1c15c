package org.yichuang.domain.cases;

/**
 * How a material was satisfied: an e-licence of the applicant (免提交), a file the applicant brought, a scan of the
 * paper, or deferred (容缺) under a signed commitment. Every provision but a deferral carries a PDF.
 */
public enum Provision {
    ELICENCE, UPLOAD, SCAN, DEFERRED;

    public boolean carriesFile() {
        return this != DEFERRED;
    }
}
