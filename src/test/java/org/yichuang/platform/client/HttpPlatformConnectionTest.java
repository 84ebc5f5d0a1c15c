package org.yichuang.platform.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.PlatformException.Kind;

/** Redirects, certificates and proxies, against a real server (MockWebServer) and real TLS. */
class HttpPlatformConnectionTest {
    private static final String SESSION = "{\"token\":\"t\",\"expiresAt\":\"2026-11-22T20:00:00+08:00\","
            + "\"clerk\":{\"username\":\"clerk01\",\"displayName\":\"x\",\"hall\":\"h\",\"window\":\"w\"}}";
    private static final String HEALTH = "{\"status\":\"UP\",\"name\":\"test\",\"version\":\"9.9\"}";
    private static final Map<String, String> NO_ENV = Map.of();

    @TempDir
    static Path certs;
    static TestCertificates ca;
    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger connects = new AtomicInteger();

    @BeforeAll
    static void makeRoot() throws Exception {
        ca = TestCertificates.create(certs);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse redirect(int code, String location) {
        return new MockResponse.Builder().code(code).addHeader("Location", location)
                .addHeader("Content-Type", "text/html").body("<html>moved</html>").build();
    }

    private HttpPlatform client(URI base, ConnectionSettings settings) {
        OkHttpClient http = PlatformHttpClients.client(settings, Duration.ofSeconds(2), Duration.ofSeconds(2)).newBuilder()
                .eventListener(new EventListener() {
                    @Override
                    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                        connects.incrementAndGet();
                    }
                }).build();
        return new HttpPlatform(base, http);
    }

    private URI localhost() {
        return URI.create((server.url("/").isHttps() ? "https" : "http") + "://localhost:" + server.getPort() + "/");
    }

    private HttpPlatform plain() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        return client(localhost(), new ConnectionSettings(Optional.empty(), Optional.empty(), NO_ENV));
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303})
    void aMovedPlatformIsReportedWithItsNewAddressAndThePostIsNeverResentAsAGet(int code) throws Exception {
        HttpPlatform client = plain();
        server.enqueue(redirect(code, "https://new.example.gov.cn/api/v1/auth/sign-in"));
        assertThatThrownBy(() -> client.signIn("clerk01", "pw".toCharArray()))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.MOVED);
                    assertThat(e.location()).isEqualTo("https://new.example.gov.cn/api/v1/auth/sign-in");
                    assertThat(e.transientFailure()).isFalse();
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
    }

    @ParameterizedTest
    @ValueSource(ints = {307, 308})
    void aTemporaryOrPermanentRedirectIsFollowedWithTheSameMethodAndBody(int code) throws Exception {
        HttpPlatform client = plain();
        server.enqueue(redirect(code, "/gateway/api/v1/auth/sign-in"));
        server.enqueue(json(SESSION));
        assertThat(client.signIn("clerk01", "pw".toCharArray()).token()).isEqualTo("t");
        RecordedRequest first = server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest second = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(second.getMethod()).isEqualTo("POST");
        assertThat(second.getTarget()).isEqualTo("/gateway/api/v1/auth/sign-in");
        assertThat(second.getBody().utf8()).isEqualTo(first.getBody().utf8()).contains("clerk01");
    }

    private HttpPlatform https(String name, String host, String start, int days, Optional<Path> root) throws Exception {
        server.useHttps(ca.server(name, host, start, days));
        server.start(InetAddress.getLoopbackAddress(), 0);
        return client(URI.create("https://localhost:" + server.getPort() + "/"),
                new ConnectionSettings(Optional.empty(), root, NO_ENV));
    }

    @Test
    void anUntrustedCertificateIsNamedAndNotRetried() throws Exception {
        HttpPlatform client = https("untrusted", "localhost", null, 10, Optional.empty());
        assertThatThrownBy(client::health).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.CERTIFICATE_UNTRUSTED);
            assertThat(e.getMessage()).contains("--trusted-root");
            assertThat(e.transientFailure()).isFalse();
        });
        assertThat(connects).as("a GET is retried on transient failures, not on a certificate").hasValue(1);
    }

    @Test
    void theProvincesRootFromAPemFileMakesItTrusted() throws Exception {
        HttpPlatform client = https("trusted", "localhost", null, 10, Optional.of(ca.rootPem()));
        server.enqueue(json(HEALTH));
        assertThat(client.health()).isEqualTo("test 9.9");
    }

    @Test
    void anExpiredCertificateIsNamed() throws Exception {
        HttpPlatform client = https("expired", "localhost", "-10d", 2, Optional.of(ca.rootPem()));
        assertThatThrownBy(client::health).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.CERTIFICATE_EXPIRED));
        assertThat(connects).hasValue(1);
    }

    @Test
    void aCertificateForAnotherHostIsNamed() throws Exception {
        HttpPlatform client = https("otherhost", "other.example.gov.cn", null, 10, Optional.of(ca.rootPem()));
        assertThatThrownBy(client::health).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.CERTIFICATE_WRONG_HOST));
        assertThat(connects).hasValue(1);
    }

    @Test
    void theEnvironmentsProxyCarriesTheCalls() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        server.enqueue(json(HEALTH));
        Map<String, String> env = Map.of("http_proxy", "http://127.0.0.1:" + server.getPort(), "NO_PROXY", "intranet.local");
        HttpPlatform client = client(URI.create("http://zwfw.hall.invalid/"), new ConnectionSettings(Optional.empty(), Optional.empty(), env));
        assertThat(client.health()).isEqualTo("test 9.9");
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getRequestLine()).isEqualTo("GET http://zwfw.hall.invalid/api/v1/health HTTP/1.1");
    }

    @Test
    void aConfiguredProxyReplacesTheEnvironments() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        server.enqueue(json(HEALTH));
        Map<String, String> env = Map.of("HTTP_PROXY", "http://127.0.0.1:9");
        HttpPlatform client = client(URI.create("http://zwfw.hall.invalid/"),
                new ConnectionSettings(Optional.of("http://127.0.0.1:" + server.getPort()), Optional.empty(), env));
        assertThat(client.health()).isEqualTo("test 9.9");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getRequestLine()).contains("http://zwfw.hall.invalid/api/v1/health");
    }
}
