package org.yichuang.device.card.pcsc;

import java.time.Duration;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;

/** A social security card reader behind the identity port: the holder as an applicant, identified by the SSN. */
public final class SocialSecurityIdReader implements IdCardReader {
    private final PcscSocialSecurityReader reader;

    public SocialSecurityIdReader(PcscSocialSecurityReader reader) {
        this.reader = reader;
    }

    @Override
    public DeviceState state() {
        return reader.state();
    }

    @Override
    public DeviceState probe() {
        try {
            reader.readers();
        } catch (SscException e) {
            // the state now says what is wrong
        }
        return reader.state();
    }

    @Override
    public CardHolder read(Duration timeout) throws IdCardException {
        try {
            SocialSecurityCard card = reader.read(timeout);
            return new CardHolder(card.name(), card.sex(), card.nation(), card.birthDate(), "", card.socialSecurityNumber(),
                    "", null, null, IdDocumentType.SOCIAL_SECURITY_CARD);
        } catch (SscException e) {
            throw new IdCardException(reasonOf(e.reason()), e.getMessage());
        }
    }

    /** No card is the same as no ID card; anything else keeps its own plain message. */
    static IdCardException.Reason reasonOf(SscException.Reason reason) {
        return switch (reason) {
            case NO_CARD -> IdCardException.Reason.TIMEOUT;
            case INTERRUPTED -> IdCardException.Reason.INTERRUPTED;
            case NO_SERVICE -> IdCardException.Reason.NO_SERVICE;
            case NO_READER -> IdCardException.Reason.SSC_NO_READER;
            case CARD_REMOVED -> IdCardException.Reason.CARD_REMOVED;
            case CARD_UNRESPONSIVE -> IdCardException.Reason.CARD_UNRESPONSIVE;
            case NOT_SOCIAL_SECURITY_CARD -> IdCardException.Reason.NOT_SOCIAL_SECURITY_CARD;
            case FAILED -> IdCardException.Reason.SSC_FAILED;
        };
    }
}
