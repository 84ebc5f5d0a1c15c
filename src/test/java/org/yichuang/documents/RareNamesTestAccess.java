package org.yichuang.documents;

/** Lets tests in other packages read a PDF back through pdftotext, as {@link RareNamesTest} does. */
public final class RareNamesTestAccess {
    private RareNamesTestAccess() {
    }

    public static String pdftotext(byte[] pdf) throws Exception {
        return RareNamesTest.pdftotext(pdf);
    }
}
