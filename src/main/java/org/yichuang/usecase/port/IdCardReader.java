package org.yichuang.usecase.port;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.applicant.UnsupportedEdition;

/** A reader of resident identity cards and residence permits. Calls block: run them off the FX thread. */
public interface IdCardReader {
    DeviceState state();

    /** Checks whether the reader is there now (hot-plug) without reading a card; never waits for a read under way. */
    default DeviceState probe() {
        return state();
    }

    /** Reads the card on the reader, waiting up to {@code timeout} for one. */
    CardHolder read(Duration timeout) throws IdCardException;

    /** The applicant and the card's WLT photo (empty when the reader delivers none, as simulators do). */
    default Identity readIdentity(Duration timeout) throws IdCardException {
        return new Identity(read(timeout), new byte[0]);
    }

    /** What a read delivers: the person, and the photo as the card stores it. */
    record Identity(CardHolder applicant, byte[] wltPhoto) {
    }

    /**
     * A read that did not deliver an applicant, with the reason code compares and the UI's message key it implies. A
     * card of an edition the product does not support yet ({@link Reason#UNSUPPORTED_EDITION}) carries what its common
     * fields hold.
     */
    final class IdCardException extends Exception {
        /** Why no applicant was delivered; each reason knows the message key the UI shows for it. */
        public enum Reason {
            /** No card within the time given: the normal "still waiting" outcome, not a fault. */
            TIMEOUT("idcard.read.timeout"),
            INTERRUPTED("idcard.read.interrupted"),
            /** The ID-card reader does not answer at all. */
            SILENT("idcard.read.silent"),
            SAM_FAILED("idcard.read.sam"),
            READ_FAILED("idcard.read.failed"),
            NO_READER("idcard.read.noReader"),
            MALFORMED("idcard.read.malformed"),
            UNSUPPORTED_EDITION("idcard.read.unsupportedEdition"),
            /** The social security card's PC/SC service is not running. */
            NO_SERVICE("ssc.noService"),
            /** No social security card reader is connected. */
            SSC_NO_READER("ssc.noReader"),
            CARD_REMOVED("ssc.cardRemoved"),
            CARD_UNRESPONSIVE("ssc.cardUnresponsive"),
            NOT_SOCIAL_SECURITY_CARD("ssc.notSocialSecurityCard"),
            /** The social security card could not be read for another reason. */
            SSC_FAILED("ssc.failed");

            private final String messageKey;

            Reason(String messageKey) {
                this.messageKey = messageKey;
            }

            public String messageKey() {
                return messageKey;
            }
        }

        private final Reason reason;
        private final transient UnsupportedEdition edition;

        public IdCardException(Reason reason, String detail) {
            this(reason, detail, null);
        }

        private IdCardException(Reason reason, String detail, UnsupportedEdition edition) {
            super(detail);
            this.reason = Objects.requireNonNull(reason, "reason");
            this.edition = edition;
        }

        /** A card was read, but its edition is unknown: the message and the common fields. */
        public static IdCardException unsupported(UnsupportedEdition edition) {
            return new IdCardException(Reason.UNSUPPORTED_EDITION,
                    "card edition '" + edition.flag() + "' is not supported yet", edition);
        }

        public Reason reason() {
            return reason;
        }

        /** The key of the text the UI shows: derived from the reason. */
        public String messageKey() {
            return reason.messageKey();
        }

        public Optional<UnsupportedEdition> unsupportedEdition() {
            return Optional.ofNullable(edition);
        }
    }
}
