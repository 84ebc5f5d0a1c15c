package org.yichuang.usecase.port;

/** Turns what an applicant brings (PDF, JPEG, PNG) into one PDF per material. Blocks. */
public interface MaterialFiles {
    /** The file as PDF; a PDF is checked and kept as it is, an image becomes an A4 page. */
    byte[] toPdf(String fileName, byte[] content) throws UnreadableFile;

    /** The file is not a PDF, JPEG or PNG, or is damaged; the message says which, in the clerk's words. */
    final class UnreadableFile extends Exception {
        private final String messageKey;

        public UnreadableFile(String messageKey, String detail) {
            super(detail);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
