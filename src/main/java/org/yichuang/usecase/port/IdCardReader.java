package org.yichuang.usecase.port;

import java.time.Duration;
import java.util.List;
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
            /** Bytes came but never a frame: the reader is set to another baud rate ({0}: the configured one). */
            WRONG_BAUD("idcard.read.wrongBaud"),
            /** The user may not open the port ({0}: the path, {1}: the group to join, usually dialout). */
            NO_PERMISSION("idcard.read.noPermission"),
            /** The port's path does not exist ({0}: the path). */
            NO_SUCH_PORT("idcard.read.noSuchPort"),
            /** The reader answered with an error status (GA/T 467 SW1 SW2 SW3; {0}: the status in hex). */
            READER_ERROR("idcard.read.readerError"),
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
        private final List<String> messageArgs;

        public IdCardException(Reason reason, String detail) {
            this(reason, detail, null, List.of());
        }

        /** {@code messageArgs} fill the message's {0}, {1}...: a path, a group, a baud rate, a status code. */
        public IdCardException(Reason reason, String detail, List<String> messageArgs) {
            this(reason, detail, null, messageArgs);
        }

        private IdCardException(Reason reason, String detail, UnsupportedEdition edition, List<String> messageArgs) {
            super(detail);
            this.reason = Objects.requireNonNull(reason, "reason");
            this.edition = edition;
            this.messageArgs = List.copyOf(messageArgs);
        }

        /** A card was read, but its edition is unknown: the message and the common fields. */
        public static IdCardException unsupported(UnsupportedEdition edition) {
            return new IdCardException(Reason.UNSUPPORTED_EDITION,
                    "card edition '" + edition.flag() + "' is not supported yet", edition, List.of());
        }

        public Reason reason() {
            return reason;
        }

        /** The key of the text the UI shows: derived from the reason. */
        public String messageKey() {
            return reason.messageKey();
        }

        /** What the message's placeholders are filled with; empty for most reasons. */
        public Object[] messageArgs() {
            return messageArgs.toArray();
        }

        public Optional<UnsupportedEdition> unsupportedEdition() {
            return Optional.ofNullable(edition);
        }
    }
}
