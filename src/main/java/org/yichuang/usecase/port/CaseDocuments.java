package org.yichuang.usecase.port;

import org.yichuang.domain.cases.CaseRecord;

/** Makes the documents handed to an applicant, as PDF bytes. */
public interface CaseDocuments {
    /** The acceptance receipt (受理回执) of a case. */
    byte[] receipt(CaseRecord record, ReceiptContext context);

    /** What the receipt names besides the case: the hall, the consult phone, the item's guide facts. */
    /** The first page of a PDF as pixels, for an on-screen preview. */
    PagePixels firstPage(byte[] pdf, float dpi);

    /** Pixels in row order, ARGB. */
    record PagePixels(int width, int height, int[] argb) {
    }

    /** Documents cannot be made on this machine (no embeddable Chinese font): says what to install. */
    final class DocumentsUnavailable extends RuntimeException {
        public DocumentsUnavailable(String message) {
            super(message);
        }
    }

    record ReceiptContext(String hall, String clerkName, String consultPhone, String handlingPlace) {
    }
}
