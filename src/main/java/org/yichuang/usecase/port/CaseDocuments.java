package org.yichuang.usecase.port;

import java.util.List;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.DocumentKind;

/** Makes the documents handed to an applicant, as PDF/A-2b bytes. */
public interface CaseDocuments {
    /** One document of a recorded case. */
    default byte[] document(DocumentKind kind, CaseRecord record, DocumentContext context) {
        return render(kind, record, context).pdf();
    }

    /** One document, with the characters that no installed font could draw (drawn as empty boxes: warn before printing). */
    Rendered render(DocumentKind kind, CaseRecord record, DocumentContext context);

    /** The characters of {@code text} (a name, an address) that no installed font can draw, as code points. */
    java.util.Set<Integer> missingGlyphs(String text);

    /** A document's PDF and the code points it could not draw; empty when every character is there. */
    record Rendered(byte[] pdf, java.util.Set<Integer> missingGlyphs) {
        public Rendered {
            missingGlyphs = java.util.Set.copyOf(missingGlyphs);
        }
    }

    /** The acceptance receipt (受理回执) of a case. */
    default byte[] receipt(CaseRecord record, DocumentContext context) {
        return document(DocumentKind.RECEIPT, record, context);
    }

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

    /**
     * What documents name besides the case: the hall, the clerk, the consult phone, the handling place, and for
     * commitment-based items the conditions the applicant commits to meeting.
     */
    record DocumentContext(String hall, String clerkName, String consultPhone, String handlingPlace,
                           List<String> commitments) {
        public DocumentContext {
            commitments = List.copyOf(commitments == null ? List.of() : commitments);
        }
    }
}
