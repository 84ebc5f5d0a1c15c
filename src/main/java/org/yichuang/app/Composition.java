package org.yichuang.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.yichuang.device.scan.SimulatedScanner;
import org.yichuang.documents.MaterialPdfs;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.platform.client.HttpPlatform;
import org.yichuang.platform.embedded.EmbeddedPlatform;
import org.yichuang.store.SqliteCaseOutbox;
import org.yichuang.ui.clerk.shell.ClerkServices;
import org.yichuang.ui.clerk.shell.ClerkShell;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.FxTaskExecutor;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.StatusBarViewModel;
import org.yichuang.ui.kiosk.shell.KioskShell;
import org.yichuang.usecase.CheckStatus;
import org.yichuang.usecase.DecideCase;
import org.yichuang.usecase.IdentifyApplicant;
import org.yichuang.usecase.MakeDocuments;
import org.yichuang.usecase.MyWork;
import org.yichuang.usecase.OpenSubject;
import org.yichuang.usecase.PrintDocuments;
import org.yichuang.usecase.ProvideMaterial;
import org.yichuang.usecase.QueryProgress;
import org.yichuang.usecase.RateService;
import org.yichuang.usecase.SearchCatalogue;
import org.yichuang.usecase.SendOutbox;
import org.yichuang.usecase.SignIn;
import org.yichuang.usecase.port.CaseOutbox;
import org.yichuang.usecase.port.ServicePlatform;

/**
 * The one composition root: every object of both modes is made and wired here, by constructor. The tests build the
 * same graph, with {@link Seams} for the clock, the card reader and the dialogs.
 */
public final class Composition implements AutoCloseable {
    private final LaunchOptions options;
    private final Seams seams;
    private final Clock clock;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final ErrorMessages errors = new ErrorMessages(i18n);
    private final CompletableFuture<EmbeddedPlatform> embedded;
    private final ServicePlatform platform;
    private final Devices devices;
    private final ScheduledExecutorService outboxTimer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("outbox").factory());

    public Composition(LaunchOptions options) {
        this(options, Seams.machine(options.timeZone()));
    }

    public Composition(LaunchOptions options, Seams seams) {
        this.options = options;
        this.seams = seams;
        this.clock = seams.clock();
        if (options.platformUrl().isPresent()) {
            embedded = null;
            platform = new HttpPlatform(options.platformUrl().get(), options.connection(), clock.getZone());
        } else {
            embedded = new CompletableFuture<>(); // started by startBackgroundWork(), after the first frame
            platform = new DeferredPlatform(embedded.thenApply(p -> new HttpPlatform(p.baseUri(), options.connection(),
                    clock.getZone())));
        }
        devices = new Devices(DeviceSettings.from(options.devicesFile()), seams.idCard());
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
                embedded.complete(startEmbedded(options, clock));
            } catch (RuntimeException | Error e) {
                embedded.completeExceptionally(e);
            }
        });
    }

    private static EmbeddedPlatform startEmbedded(LaunchOptions options, Clock clock) {
        try {
            var loopback = EmbeddedPlatform.Settings.loopback(options.dataDirectory().resolve("platform"), 0);
            return EmbeddedPlatform.start(new EmbeddedPlatform.Settings(loopback.dataDirectory(), loopback.bindAddress(),
                    loopback.port(), loopback.statusStep(), clock)); // the platform's "today" is the hall's
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main window's content for the chosen mode. */
    public Parent root(Supplier<Window> owner) {
        return options.mode() == Mode.KIOSK ? kiosk().node() : clerk(owner).node();
    }

    /** The kiosk's shell, its screens wired to the citizen's use cases. */
    public KioskShell kiosk() {
        return new KioskShell(new QueryProgress(platform), identify(devices.anyCard()), devices.readsSocialSecurityCards(),
                tasks, i18n, errors, options.idleTimeout());
    }

    /** The clerk's shell; starts the outbox sender. {@code owner}: the window the file dialogs belong to. */
    public ClerkShell clerk(Supplier<Window> owner) {
        return new ClerkShell(clerkServices(owner));
    }

    private ClerkServices clerkServices(Supplier<Window> owner) {
        PdfCaseDocuments documents = new PdfCaseDocuments(options.font(), clock.getZone());
        MakeDocuments makeDocuments = new MakeDocuments(platform, documents);
        CaseOutbox outbox = new SqliteCaseOutbox(options.dataDirectory().resolve("outbox"), clock);
        SendOutbox sendOutbox = new SendOutbox(platform, outbox);
        startOutboxSender(sendOutbox);
        ProvideMaterial provide = new ProvideMaterial(platform, new MaterialPdfs(), new SimulatedScanner(clock), clock);
        StatusBarViewModel status = new StatusBarViewModel(new CheckStatus(platform, devices::probe), tasks, i18n);
        return new ClerkServices(new SignIn(platform), new SearchCatalogue(platform), new OpenSubject(platform),
                identify(devices.idCard()), provide, new DecideCase(platform, makeDocuments, outbox, clock),
                new PrintDocuments(documents, devices.printer()), new RateService(platform),
                new MyWork(platform, platform, provide, makeDocuments), sendOutbox, tasks, seams.dialogs().apply(owner),
                i18n, errors, status, clock);
    }

    private IdentifyApplicant identify(org.yichuang.usecase.port.IdCardReader cards) {
        return new IdentifyApplicant(cards, devices.photos(), platform, clock);
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
        }, 5, 30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        outboxTimer.shutdownNow();
        devices.close();
        tasks.close();
        if (embedded != null) {
            embedded.thenAccept(EmbeddedPlatform::close);
        }
    }
}
