package org.yichuang.usecase.port;

import java.time.Duration;
import org.yichuang.domain.applicant.Applicant;

/** A reader of resident identity cards and residence permits. Calls block: run them off the FX thread. */
public interface IdCardReader {
    DeviceState state();

    /** Reads the card on the reader, waiting up to {@code timeout} for one. */
    Applicant read(Duration timeout) throws IdCardException;

    /** A read that did not deliver an applicant, with a message key for the UI. */
    final class IdCardException extends Exception {
        private final String messageKey;

        public IdCardException(String messageKey, String detail) {
            super(detail);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
