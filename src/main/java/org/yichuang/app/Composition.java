package org.yichuang.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.yichuang.device.card.pcsc.PcscSocialSecurityReader;
import org.yichuang.device.card.pcsc.SocialSecurityIdReader;
import org.yichuang.device.idcard.FirstCardReader;
import org.yichuang.device.idcard.ReaderThread;
import org.yichuang.device.idcard.ga467.Ga467Reader;
import org.yichuang.device.idcard.ga467.JSerialCommLink;
import org.yichuang.device.idcard.photo.WltLibraryDecoder;
import org.yichuang.device.idcard.sdk.SdkIdCardReader;
import org.yichuang.device.idcard.sim.SimulatedIdCardReader;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.device.print.NoPrinter;
import org.yichuang.device.print.SystemPrinter;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.platform.client.HttpPlatform;
import org.yichuang.platform.embedded.EmbeddedPlatform;
import org.yichuang.ui.clerk.shell.ClerkServices;
import org.yichuang.ui.clerk.shell.ClerkShell;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.FxDialogService;
import org.yichuang.ui.common.FxTaskExecutor;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.StatusBarViewModel;
import org.yichuang.ui.kiosk.shell.KioskShell;
import org.yichuang.usecase.DecideCase;
import org.yichuang.usecase.IdentifyApplicant;
import org.yichuang.usecase.MakeDocuments;
import org.yichuang.usecase.MyWork;
import org.yichuang.usecase.ProvideMaterial;
import org.yichuang.usecase.SendOutbox;
import org.yichuang.usecase.port.CaseOutbox;
import org.yichuang.store.SqliteCaseOutbox;
import org.yichuang.documents.MaterialPdfs;
import org.yichuang.device.scan.SimulatedScanner;
import org.yichuang.usecase.QueryProgress;
import org.yichuang.usecase.SearchCatalogue;
import org.yichuang.usecase.port.DocumentPrinter;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.PhotoDecoder;
import org.yichuang.usecase.port.ServicePlatform;

/** The one composition root: every object of both modes is made and wired here, by constructor. */
public final class Composition implements AutoCloseable {
    private final LaunchOptions options;
    private final Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final ErrorMessages errors = new ErrorMessages(i18n);
    private final CompletableFuture<EmbeddedPlatform> embedded;
    private final ServicePlatform platform;
    private final IdCardReader reader;
    private final DocumentPrinter printer;
    private final PhotoDecoder photos;
    private final IdCardReader socialSecurity; // null when no social security card reader is configured
    private final java.util.concurrent.ScheduledExecutorService outboxTimer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("outbox").factory());

    public Composition(LaunchOptions options) {
        this.options = options;
        DeviceSettings devices = DeviceSettings.from(options.devicesFile());
        if (options.platformUrl().isPresent()) {
            embedded = null;
            platform = new HttpPlatform(options.platformUrl().get());
        } else {
            embedded = new CompletableFuture<>(); // started by startBackgroundWork(), after the first frame
            platform = new DeferredPlatform(embedded.thenApply(p -> new HttpPlatform(p.baseUri())));
        }
        reader = new ReaderThread("idcard", switch (devices.idCard()) {
            case "ga467" -> new Ga467Reader("GA/T 467 " + devices.idCardPort(),
                    () -> JSerialCommLink.open(devices.idCardPort(), devices.idCardBaud()));
            case "sdk" -> new SdkIdCardReader(java.nio.file.Path.of(devices.idCardLibrary()));
            default -> new SimulatedIdCardReader(SpecimenCards.ALL, Duration.ofMillis(350));
        }); // native calls on a platform thread of its own
        printer = devices.printer().equals("none") ? new NoPrinter() : new SystemPrinter();
        socialSecurity = devices.socialSecurityReader() == null ? null : new ReaderThread("ssc", new SocialSecurityIdReader(
                new PcscSocialSecurityReader(devices.socialSecurityReader().equals("auto") ? null : devices.socialSecurityReader())));
        photos = devices.photoDecoder() == null ? PhotoDecoder.NONE
                : new WltLibraryDecoder(java.nio.file.Path.of(devices.photoDecoder()));
    }

    /**
     * Starts what the first screen does not need: the embedded platform (catalogue, pinyin index, SQLite). Called
     * once the first frame is on screen, so on two cores it does not compete with drawing it.
     */
    public void startBackgroundWork() {
        if (embedded == null || embedded.isDone()) {
            return;
        }
        Thread.ofPlatform().daemon().name("platform-start").start(() -> {
            try {
                embedded.complete(startEmbedded(options));
            } catch (RuntimeException | Error e) {
                embedded.completeExceptionally(e);
            }
        });
    }

    private static EmbeddedPlatform startEmbedded(LaunchOptions options) {
        try {
            return EmbeddedPlatform.start(EmbeddedPlatform.Settings.loopback(options.dataDirectory().resolve("platform"), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main window's content for the chosen mode. */
    public Parent root(java.util.function.Supplier<Window> owner) {
        StatusBarViewModel status = new StatusBarViewModel(platform, () -> socialSecurity == null
                ? List.of(reader.probe(), printer.state()) : List.of(reader.probe(), socialSecurity.probe(), printer.state()),
                tasks, i18n);
        if (options.mode() == Mode.KIOSK) {
            IdCardReader cards = socialSecurity == null ? reader : new FirstCardReader(List.of(reader, socialSecurity));
            return new KioskShell(new QueryProgress(platform), new IdentifyApplicant(cards, photos, platform, clock),
                    socialSecurity != null, tasks, i18n, errors,
                    options.idleTimeout()).node();
        }
        PdfCaseDocuments documents = new PdfCaseDocuments(options.font());
        MakeDocuments makeDocuments = new MakeDocuments(platform, documents);
        CaseOutbox outbox = new SqliteCaseOutbox(options.dataDirectory().resolve("outbox"), clock);
        SendOutbox sendOutbox = new SendOutbox(platform, outbox);
        startOutboxSender(sendOutbox);
        ProvideMaterial provide = new ProvideMaterial(platform, new MaterialPdfs(), new SimulatedScanner(clock), clock);
        ClerkServices services = new ClerkServices(platform, new SearchCatalogue(platform),
                new DecideCase(platform, makeDocuments, outbox, clock), makeDocuments, sendOutbox, documents,
                new IdentifyApplicant(reader, photos, platform, clock), printer, provide,
                new MyWork(platform, platform, provide, makeDocuments), tasks, new FxDialogService(owner), i18n, errors, status,
                clock);
        return new ClerkShell(services).node();
    }

    public I18n i18n() {
        return i18n;
    }

    public Mode mode() {
        return options.mode();
    }

    /** Tries the outbox every 30 seconds, off the FX thread; a failure only waits for the next try. */
    private void startOutboxSender(SendOutbox sendOutbox) {
        outboxTimer.scheduleWithFixedDelay(() -> {
            try {
                if (sendOutbox.pending() > 0) {
                    sendOutbox.sendPending();
                }
            } catch (RuntimeException e) {
                System.getLogger("outbox").log(System.Logger.Level.WARNING, "outbox send failed: " + e.getMessage());
            }
        }, 5, 30, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        outboxTimer.shutdownNow();
        for (IdCardReader r : java.util.Arrays.asList(reader, socialSecurity)) {
            if (r instanceof ReaderThread own) {
                own.close();
            }
        }
        tasks.close();
        if (embedded != null) {
            embedded.thenAccept(EmbeddedPlatform::close);
        }
    }
}
