import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.applicant.Applicant;
import org.yichuang.domain.catalogue.Audience;
import org.yichuang.domain.catalogue.FieldGroup;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.Handling;
import org.yichuang.domain.catalogue.ItemType;
import org.yichuang.domain.catalogue.PrefillSource;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.ui.clerk.acceptance.AcceptanceView;
import org.yichuang.ui.clerk.acceptance.AcceptanceViewModel;
import org.yichuang.ui.clerk.guide.Guide;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.FxTaskExecutor;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.AcceptCase;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.PhotoDecoder;

/**
 * (a, on screen) from the moment the reader hands over the applicant to the acceptance screen laid out with it
 * (the FX hand-over, the panel, the prefilled form, one layout pulse). Needs a display (Xvfb).
 */
public class PanelBench {
    public static void main(String[] args) throws Exception {
        AtomicLong handedOver = new AtomicLong();
        IdCardReader reader = new IdCardReader() {
            @Override
            public DeviceState state() {
                return null;
            }

            @Override
            public Applicant read(Duration timeout) {
                handedOver.set(System.nanoTime());
                return SpecimenCards.LI_MEI;
            }
        };
        FormField name = new FormField("applicant.name", "申请人姓名", FieldType.TEXT, true, 30, null, List.of(),
                PrefillSource.IDCARD_NAME, FieldGroup.APPLICANT, List.of());
        FormField id = new FormField("applicant.idNumber", "公民身份号码", FieldType.ID_NUMBER, true, null, null, List.of(),
                PrefillSource.IDCARD_ID_NUMBER, FieldGroup.APPLICANT, List.of());
        ServiceItem item = new ServiceItem("GA-0001", "样例事项", "公安局", ItemType.CONFIRMATION, Audience.PERSON,
                Handling.INSTANT, 5, 0, null, List.of(), List.of(), List.of(), List.of(), List.of(name, id), "", "", false, List.of());
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        FxTaskExecutor tasks = new FxTaskExecutor();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        int runs = Integer.parseInt(System.getProperty("runs", "30"));
        long[] samples = new long[runs];
        for (int i = -5; i < runs; i++) {
            CountDownLatch shown = new CountDownLatch(1);
            AtomicLong at = new AtomicLong();
            Platform.runLater(() -> {
                var services = new AcceptanceViewModel.Services(reader, PhotoDecoder.NONE, new AcceptCase(null, null), tasks,
                        null, i18n, new ErrorMessages(i18n), Clock.systemUTC());
                var model = new AcceptanceViewModel(Guide.of(item), new Clerk("c", "c", "h", "w"), services);
                Stage stage = new Stage();
                Scene scene = new Scene(new AcceptanceView(model, i18n).node(), 1280, 800);
                stage.setScene(scene);
                stage.show();
                model.applicantProperty().addListener((obs, was, now) -> {
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        scene.removePostLayoutPulseListener(once[0]);
                        Label shownName = (Label) scene.lookup("#applicant-name");
                        if (shownName != null && "李梅".equals(shownName.getText())) {
                            at.set(System.nanoTime());
                            stage.close();
                            shown.countDown();
                        }
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                });
                model.readCard();
            });
            shown.await();
            if (i >= 0) {
                samples[i] = at.get() - handedOver.get();
            }
        }
        Arrays.sort(samples);
        System.out.printf("(a) reader hands over -> panel laid out with the applicant: median %.1f ms, p90 %.1f ms over %d runs%n",
                samples[runs / 2] / 1e6, samples[runs * 9 / 10] / 1e6, runs);
        tasks.close();
        Platform.exit();
    }
}
