package org.yichuang.device.card.pcsc;

import java.util.Objects;

/** A social security card read that did not deliver a card, with the reason code compares and its message key. */
public final class SscException extends Exception {
    /** Why no card was read; each reason knows the message key (mostly ssc.*) that says what to do. */
    public enum Reason {
        /** No card within the time given. */
        NO_CARD("ssc.noCard"),
        INTERRUPTED("idcard.read.interrupted"),
        /** The PC/SC service (pcscd, the Windows Smart Card service) is not running. */
        NO_SERVICE("ssc.noService"),
        NO_READER("ssc.noReader"),
        CARD_REMOVED("ssc.cardRemoved"),
        CARD_UNRESPONSIVE("ssc.cardUnresponsive"),
        NOT_SOCIAL_SECURITY_CARD("ssc.notSocialSecurityCard"),
        FAILED("ssc.failed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    SscException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    /** The key of the text the UI shows: derived from the reason. */
    public String messageKey() {
        return reason.messageKey();
    }
}
