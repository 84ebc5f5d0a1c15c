package org.yichuang.usecase.port;

import java.time.Duration;
import java.util.Optional;
import org.yichuang.domain.applicant.Applicant;
import org.yichuang.domain.applicant.UnsupportedEdition;

/** A reader of resident identity cards and residence permits. Calls block: run them off the FX thread. */
public interface IdCardReader {
    DeviceState state();

    /** Checks whether the reader is there now (hot-plug) without reading a card; never waits for a read under way. */
    default DeviceState probe() {
        return state();
    }

    /** Reads the card on the reader, waiting up to {@code timeout} for one. */
    Applicant read(Duration timeout) throws IdCardException;

    /** The applicant and the card's WLT photo (empty when the reader delivers none, as simulators do). */
    default Identity readIdentity(Duration timeout) throws IdCardException {
        return new Identity(read(timeout), new byte[0]);
    }

    /** What a read delivers: the person, and the photo as the card stores it. */
    record Identity(Applicant applicant, byte[] wltPhoto) {
    }

    /**
     * A read that did not deliver an applicant, with a message key for the UI. A card of an edition the product does
     * not support yet ({@code idcard.read.unsupportedEdition}) carries what its common fields hold.
     */
    final class IdCardException extends Exception {
        private final String messageKey;
        private final transient UnsupportedEdition edition;

        public IdCardException(String messageKey, String detail) {
            this(messageKey, detail, null);
        }

        public IdCardException(String messageKey, String detail, UnsupportedEdition edition) {
            super(detail);
            this.messageKey = messageKey;
            this.edition = edition;
        }

        /** A card was read, but its edition is unknown: the message and the common fields. */
        public static IdCardException unsupported(UnsupportedEdition edition) {
            return new IdCardException("idcard.read.unsupportedEdition",
                    "card edition '" + edition.flag() + "' is not supported yet", edition);
        }

        public String messageKey() {
            return messageKey;
        }

        public Optional<UnsupportedEdition> unsupportedEdition() {
            return Optional.ofNullable(edition);
        }
    }
}
