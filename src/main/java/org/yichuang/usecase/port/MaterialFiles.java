package org.yichuang.usecase.port;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Turns what an applicant brings (PDF, JPEG, PNG) into one PDF per material. Blocks. */
public interface MaterialFiles {
    /**
     * The file as a PDF that every reader opens: a sound PDF is kept as it is, an image becomes an A4 page, and what
     * had to change on the way is said in {@link MaterialPdf#changes()} so the clerk can tell the applicant.
     */
    MaterialPdf toPdf(String fileName, byte[] content) throws UnreadableFile;

    /** What had to be done to the applicant's file; nothing for a sound PDF kept byte for byte. */
    enum Change {
        /** An image placed on an A4 page. */
        IMAGE_PAGE,
        /** An image turned (or mirrored) upright as its EXIF orientation says, the way viewers show it. */
        ORIENTED,
        /** Permissions set by an owner password removed; the file opened without a password. */
        DECRYPTED,
        /** A damaged PDF whose pages were all recovered, saved again as a clean file. */
        REPAIRED
    }

    /** The PDF to store, and what was done to make it (in the order of {@link Change}). */
    record MaterialPdf(byte[] pdf, Set<Change> changes) {
        public MaterialPdf {
            changes = changes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(changes));
        }

        /** The applicant's PDF unchanged. */
        public static MaterialPdf kept(byte[] pdf) {
            return new MaterialPdf(pdf, Set.of());
        }
    }

    /** The file is not a PDF, JPEG or PNG, or is damaged; the reason says which, its key in the clerk's words. */
    final class UnreadableFile extends Exception {
        /** Why a file cannot become a material; each has a message key in the UI's bundles. */
        public enum Reason {
            EMPTY("material.file.empty"), TOO_LARGE("material.file.tooLarge"), UNSUPPORTED("material.file.unsupported"),
            DAMAGED("material.file.damaged"), ENCRYPTED("material.file.encrypted"), NO_PAGES("material.file.noPages"),
            PAGES_LOST("material.file.pagesLost"), TOO_MANY_PIXELS("material.file.tooManyPixels");

            private final String messageKey;

            Reason(String messageKey) {
                this.messageKey = messageKey;
            }

            public String messageKey() {
                return messageKey;
            }
        }

        private final Reason reason;

        public UnreadableFile(Reason reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }

        public String messageKey() {
            return reason.messageKey();
        }
    }
}
