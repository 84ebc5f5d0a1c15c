package org.yichuang.documents;

import java.util.List;

/** veraPDF's verdict on a PDF, for tests outside this package. */
public final class DocumentKindsTestAccess {
    private DocumentKindsTestAccess() {
    }

    public static List<String> failedRules(byte[] pdf) throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        return DocumentKindsTest.failedRules(pdf);
    }
}
