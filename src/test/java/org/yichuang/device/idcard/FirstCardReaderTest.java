package org.yichuang.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SimulatedIdCardReader;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.IdCardReader.IdCardException;

class FirstCardReaderTest {
    /** A reader that never has a card, counting how often it was asked. */
    private static IdCardReader empty(AtomicInteger asked, IdCardException.Reason reason) {
        return new IdCardReader() {
            @Override
            public DeviceState state() {
                return DeviceState.of(DeviceState.Family.IDCARD, DeviceState.Condition.READY, DeviceState.Reason.READY);
            }

            @Override
            public CardHolder read(Duration timeout) throws IdCardException {
                asked.incrementAndGet();
                throw new IdCardException(reason, "none");
            }
        };
    }

    @Test
    void theFirstCardWins() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        FirstCardReader reader = new FirstCardReader(List.of(empty(asked, IdCardException.Reason.TIMEOUT),
                new SimulatedIdCardReader(List.of(SpecimenCards.LI_MEI), Duration.ofMillis(10))));
        assertThat(reader.read(Duration.ofSeconds(2))).isEqualTo(SpecimenCards.LI_MEI);
        assertThat(asked).hasValue(1);
    }

    @Test
    void noCardAnywhereTimesOutAndOtherFailuresAreToldAtOnce() {
        AtomicInteger asked = new AtomicInteger();
        FirstCardReader none = new FirstCardReader(List.of(empty(asked, IdCardException.Reason.TIMEOUT),
                empty(asked, IdCardException.Reason.TIMEOUT)));
        assertThatThrownBy(() -> none.read(Duration.ZERO)).isInstanceOfSatisfying(IdCardException.class,
                e -> assertThat(e.reason()).isEqualTo(IdCardException.Reason.TIMEOUT));
        assertThat(asked).hasValue(2);
        FirstCardReader broken = new FirstCardReader(List.of(empty(asked, IdCardException.Reason.NO_SERVICE),
                empty(asked, IdCardException.Reason.TIMEOUT)));
        assertThatThrownBy(() -> broken.read(Duration.ofSeconds(5))).isInstanceOfSatisfying(IdCardException.class,
                e -> assertThat(e.reason()).isEqualTo(IdCardException.Reason.NO_SERVICE));
    }
}
