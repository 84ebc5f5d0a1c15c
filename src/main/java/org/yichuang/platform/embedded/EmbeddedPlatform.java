package org.yichuang.platform.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.yichuang.platform.Json;

/**
 * The platform contract implemented in-process over real HTTP on loopback, persisting to SQLite, so the client
 * runs on a fresh machine with no server. {@code bin/yichuang serve-platform} runs it alone.
 */
public final class EmbeddedPlatform implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(EmbeddedPlatform.class.getName());

    /** Where and how to run. {@code statusStep}: how long a promised case stays in a status before it moves on. */
    public record Settings(Path dataDirectory, InetAddress bindAddress, int port, Duration statusStep, Clock clock) {
        public static Settings loopback(Path dataDirectory, int port) {
            return new Settings(dataDirectory, InetAddress.getLoopbackAddress(), port, Duration.ofMinutes(2),
                    Clock.system(org.yichuang.domain.cases.Regions.HALL_ZONE));
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final PlatformDatabase db;
    private final Router router;
    private final Catalogue catalogue;
    private final Evaluations evaluations;

    private EmbeddedPlatform(Settings settings) throws IOException, SQLException {
        ObjectMapper json = Json.mapper();
        this.catalogue = CatalogueLoader.fromClassPath();
        this.db = new PlatformDatabase(settings.dataDirectory());
        Sealer sealer = new Sealer(settings.dataDirectory().resolve("platform.key"));
        ClerkAccounts clerks = new ClerkAccounts(db, settings.clock());
        CaseRepository repo = new CaseRepository(db, sealer);
        CaseService cases = new CaseService(repo, settings.clock(), catalogue);
        this.router = new Router(json);
        router.on("GET", "/api/v1/health", x -> x.send(200, Map.of("status", "UP",
                        "name", PlatformText.PLATFORM_NAME.text(), "version", Version.VALUE)))
                .on("GET", "/api/v1/openapi.yaml", x -> x.write(200, "application/yaml; charset=utf-8", contract()))
                .on("POST", "/api/v1/auth/sign-in", x -> {
                    SignIn in = x.json(SignIn.class);
                    if (in.username() == null || in.password() == null) {
                        throw ApiError.badRequest("username and password are required");
                    }
                    x.send(200, clerks.signIn(in.username(), in.password().toCharArray())
                            .orElseThrow(() -> new ApiError(401, "Unauthorized", "wrong username or password")));
                });
        CatalogueRoutes.register(router, catalogue);
        People people = People.fromClassPath();
        CaseRoutes.register(router, new CaseIntake(catalogue, repo, settings.clock(), people),
                new MaterialUploads(cases, repo, settings.clock()), cases, clerks);
        this.evaluations = new Evaluations(db, sealer, cases, settings.clock());
        PeopleRoutes.register(router, people, new LicenceFiles(), evaluations, cases, clerks);

        this.server = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 50);
        this.workers = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("platform-http-", 0).daemon().factory());
        server.setExecutor(workers);
        server.createContext("/", router);
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("platform-status").daemon().factory());
        long every = Math.max(1, settings.statusStep().toMillis() / 4);
        timer.scheduleWithFixedDelay(() -> advance(cases, settings.statusStep()), every, every, TimeUnit.MILLISECONDS);
        server.start();
    }

    private record SignIn(String username, String password) {
    }

    /** Starts the platform; port 0 takes a free port. */
    public static EmbeddedPlatform start(Settings settings) throws IOException {
        try {
            return new EmbeddedPlatform(settings);
        } catch (SQLException e) {
            throw new IOException("the platform database cannot be opened: " + e.getMessage(), e);
        }
    }

    public URI baseUri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    /** The ratings a case received, oldest first: what the province's evaluation reports read. */
    public List<Integer> ratingsOf(String caseNumber) {
        try {
            return evaluations.scoresOf(caseNumber);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int itemCount() {
        return catalogue.itemCount();
    }

    public int bundleCount() {
        return catalogue.bundleCount();
    }

    /** The method and path template of every route, for the contract test. */
    public List<String> routes() {
        return router.declared().stream().map(d -> d.method() + " " + d.template()).toList();
    }

    private static void advance(CaseService cases, Duration step) {
        try {
            cases.advanceDue(step);
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "advancing case statuses failed; will retry", e);
        }
    }

    private static byte[] contract() throws IOException {
        try (InputStream in = EmbeddedPlatform.class.getResourceAsStream("/platform-api.yaml")) {
            if (in == null) {
                throw new ApiError(404, "Not Found", "the contract is not packaged");
            }
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        timer.shutdownNow();
        workers.shutdownNow();
        try {
            db.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the platform database failed", e);
        }
    }
}
