package org.yichuang.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.ui.kiosk.identify.IdentifyViewModel;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.IdCardReader.IdCardException.Reason;

/** The identify screen's listening: failures are explained and it keeps listening; hidden, it stops. */
class IdentifyViewModelTest {
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final List<String> messages = new ArrayList<>();

    private static org.yichuang.usecase.IdentifyApplicant identify(IdCardReader reader) {
        return new org.yichuang.usecase.IdentifyApplicant(reader, org.yichuang.usecase.port.PhotoDecoder.NONE,
                new org.yichuang.testing.NoRecords(), java.time.Clock.systemUTC());
    }

    /** Replays scripted outcomes: an applicant, an IdCardException, or the reason of one. */
    private static IdCardReader scripted(Deque<Object> outcomes) {
        return new IdCardReader() {
            @Override
            public DeviceState state() {
                return null;
            }

            @Override
            public CardHolder read(Duration timeout) throws IdCardException {
                Object next = outcomes.poll();
                if (next instanceof CardHolder a) {
                    return a;
                }
                if (next instanceof IdCardException e) {
                    throw e;
                }
                throw new IdCardException(next == null ? Reason.TIMEOUT : (Reason) next, "scripted");
            }
        };
    }

    /** Runs at once; stops after a bound so a listening loop cannot run forever in a test. */
    private static TaskExecutor sameThread(int max) {
        return new TaskExecutor() {
            private int runs;

            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                if (++runs > max) {
                    return;
                }
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            }
        };
    }

    @Test
    void explainsAPulledCardAndKeepsListeningUntilACardIsRead() {
        List<CardHolder> identified = new ArrayList<>();
        var outcomes = new ArrayDeque<Object>(List.of(Reason.TIMEOUT, Reason.READ_FAILED, Reason.MALFORMED,
                SpecimenCards.LI_MEI));
        IdentifyViewModel model = new IdentifyViewModel(identify(scripted(outcomes)), false, sameThread(10), i18n, new ErrorMessages(i18n),
                identified::add);
        model.messageProperty().addListener((obs, was, now) -> messages.add(now));
        model.start();
        assertThat(identified).containsExactly(SpecimenCards.LI_MEI);
        assertThat(messages).contains(i18n.get("idcard.read.failed"), i18n.get("idcard.read.malformed"));
        assertThat(model.listeningProperty().get()).isFalse();
    }

    @Test
    void aHiddenScreenStopsListeningAndDropsALateRead() {
        List<CardHolder> identified = new ArrayList<>();
        IdentifyViewModel[] model = new IdentifyViewModel[1];
        var reads = new java.util.concurrent.atomic.AtomicInteger();
        IdCardReader reader = new IdCardReader() {
            @Override
            public DeviceState state() {
                return null;
            }

            @Override
            public CardHolder read(Duration timeout) {
                reads.incrementAndGet();
                model[0].stop(); // the citizen left the screen while the card was being read
                return SpecimenCards.LI_MEI;
            }
        };
        model[0] = new IdentifyViewModel(identify(reader), true, sameThread(10), i18n, new ErrorMessages(i18n), identified::add);
        model[0].start();
        assertThat(reads).as("the card was read, and the read dropped").hasValue(1);
        assertThat(identified).isEmpty();
    }

    @Test
    void aCardOfAnUnsupportedEditionSendsTheCitizenToAWindowWithoutShowingTheirData() {
        var edition = new org.yichuang.domain.applicant.UnsupportedEdition("Z", "张伟明", "932682198501010017", null, null);
        var outcomes = new ArrayDeque<Object>(List.of(IdCardReader.IdCardException.unsupported(edition)));
        IdentifyViewModel model = new IdentifyViewModel(identify(scripted(outcomes)), false, sameThread(2), i18n, new ErrorMessages(i18n),
                a -> { });
        model.messageProperty().addListener((obs, was, now) -> messages.add(now));
        model.start();
        assertThat(messages).contains(i18n.get("kiosk.identify.unsupportedEdition"));
        assertThat(String.join("", messages)).contains("人工窗口").doesNotContain("张伟明").doesNotContain("9326821985");
    }

    /** Field report (issue 12): an expired card was greeted as "您好，王**". The window's checks apply here too. */
    @Test
    void anExpiredCardIdentifiesNobodyAndSaysWhatToDo() {
        List<CardHolder> identified = new ArrayList<>();
        var outcomes = new ArrayDeque<Object>(List.of(SpecimenCards.WANG_JIANGUO));
        IdentifyViewModel model = new IdentifyViewModel(identify(scripted(outcomes)), false, sameThread(3), i18n,
                new ErrorMessages(i18n), identified::add);
        model.messageProperty().addListener((obs, was, now) -> messages.add(now));
        model.start();
        assertThat(identified).isEmpty();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("已过有效期", "人工窗口"));
        assertThat(model.listeningProperty().get()).as("it listens again for a valid card").isTrue();
    }
}
