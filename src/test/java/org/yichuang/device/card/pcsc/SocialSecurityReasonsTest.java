package org.yichuang.device.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yichuang.usecase.port.IdCardReader.IdCardException;

/** Behind the identity port, no social security card reads as no ID card; every other reason keeps its text. */
class SocialSecurityReasonsTest {
    @ParameterizedTest
    @EnumSource(SscException.Reason.class)
    void keepsTheMessageOfEveryReasonButNoCard(SscException.Reason reason) {
        IdCardException.Reason mapped = SocialSecurityIdReader.reasonOf(reason);
        if (reason == SscException.Reason.NO_CARD) {
            assertThat(mapped).isEqualTo(IdCardException.Reason.TIMEOUT);
        } else {
            assertThat(mapped.messageKey()).isEqualTo(reason.messageKey());
        }
    }
}
