package org.yichuang.device.card.pcsc;

import java.time.Duration;
import org.yichuang.domain.applicant.Applicant;
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
        } catch (PcscSocialSecurityReader.SscException e) {
            // the state now says what is wrong
        }
        return reader.state();
    }

    @Override
    public Applicant read(Duration timeout) throws IdCardException {
        try {
            SocialSecurityCard card = reader.read(timeout);
            return new Applicant(card.name(), card.sex(), card.nation(), card.birthDate(), "", card.socialSecurityNumber(),
                    "", null, null, IdDocumentType.SOCIAL_SECURITY_CARD);
        } catch (PcscSocialSecurityReader.SscException e) {
            // no card is the same as no ID card; anything else keeps its own plain message
            throw new IdCardException(e.messageKey().equals("ssc.noCard") ? "idcard.read.timeout" : e.messageKey(), e.getMessage());
        }
    }
}
