package org.yichuang.platform.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.PlatformException.Kind;

/** Faults a real platform cannot produce on demand: 5xx, stalls, broken and hostile replies. */
class HttpPlatformFaultTest {
    private static final String ITEM_PAGE = "{\"content\":[],\"page\":0,\"size\":20,\"totalElements\":0}";
    static final String SESSION = "{\"token\":\"t\",\"expiresAt\":\"2026-11-22T20:00:00+08:00\","
            + "\"clerk\":{\"username\":\"clerk01\",\"displayName\":\"李明\",\"hall\":\"h\",\"window\":\"w\"}}";
    private MockWebServer server;
    private HttpPlatform client;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        client = new HttpPlatform(server.url("/").uri(), PlatformHttpClients.defaultClient(Duration.ofSeconds(2), Duration.ofMillis(400)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse problem(int code, String detail) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/problem+json")
                .body("{\"title\":\"x\",\"status\":" + code + ",\"detail\":\"" + detail + "\",\"errors\":[{\"field\":\"f\",\"message\":\"m\"}]}")
                .build();
    }

    private static void assertKind(Runnable call, Kind kind) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void mapsProblemDetailsToDomainErrors() {
        server.enqueue(problem(500, "database down"));
        assertThatThrownBy(() -> client.item("GA-0001")).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
            assertThat(e.getMessage()).isEqualTo("database down");
            assertThat(e.fieldErrors()).containsExactly(new PlatformException.FieldError("f", "m"));
            assertThat(e.transientFailure()).isTrue();
        });
        server.enqueue(problem(404, "no item"));
        assertKind(() -> client.item("GA-0001"), Kind.NOT_FOUND);
        server.enqueue(problem(422, "bad"));
        assertKind(() -> client.item("GA-0001"), Kind.INVALID_REQUEST);
        server.enqueue(new MockResponse.Builder().code(401).body("<html>login</html>").build());
        assertKind(() -> client.item("GA-0001"), Kind.UNAUTHORIZED);
        server.enqueue(new MockResponse.Builder().code(409).addHeader("Content-Type", "application/problem+json").body("{{{").build());
        assertKind(() -> client.item("GA-0001"), Kind.CONFLICT);
    }

    @Test
    void retriesAnIdempotentReadAfterA503() throws Exception {
        server.enqueue(problem(503, "busy"));
        server.enqueue(json(200, ITEM_PAGE));
        assertThat(client.searchItems("x", null, 0, 20).totalElements()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void neverRetriesASignIn() {
        server.enqueue(problem(503, "busy"));
        server.enqueue(json(200, SESSION));
        assertKind(() -> client.signIn("clerk01", "pw".toCharArray()), Kind.SERVER_ERROR);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retriesACaseSubmissionWithTheSameIdempotencyKey() throws Exception {
        server.enqueue(json(200, SESSION));
        client.signIn("clerk01", "pw".toCharArray());
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(problem(502, "gateway"));
        server.enqueue(json(201, "{\"caseNumber\":\"202611220000012\",\"status\":\"ACCEPTED\"}"));
        var record = client.submitCase("key-1", new CaseSubmission(null, "GA-0001", null, null, Map.of(), List.of(), null, null,
                null, null, null, null));
        assertThat(record.caseNumber()).isEqualTo("202611220000012");
        server.takeRequest();
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(r.getHeaders().get("Idempotency-Key")).isEqualTo("key-1");
            assertThat(r.getHeaders().get(RetryInterceptor.SAFE_POST)).isNull();
        }
    }

    @Test
    void aStalledPlatformTimesOutWithoutRetrying() {
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build());
        long start = System.nanoTime();
        assertKind(() -> client.item("GA-0001"), Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsABadResponse() {
        server.enqueue(json(200, "{\"code\": \"GA-0001\", \"materials\": [ {\"id\": "));
        assertKind(() -> client.item("GA-0001"), Kind.BAD_RESPONSE);
        server.enqueue(json(200, "null"));
        assertKind(() -> client.item("GA-0001"), Kind.BAD_RESPONSE);
        server.enqueue(json(200, "{\"content\": \"not a list\"}"));
        assertKind(() -> client.searchItems("", null, 0, 1), Kind.BAD_RESPONSE);
    }

    @Test
    void aWrongContentTypeIsABadResponse() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html").body("<html>portal</html>").build());
        assertKind(() -> client.item("GA-0001"), Kind.BAD_RESPONSE);
    }

    @Test
    void aHugeBodyIsCutOffAndRefused() {
        Buffer huge = new Buffer().writeUtf8("{\"code\":\"");
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 160; i++) {
            huge.write(chunk);
        }
        huge.writeUtf8("\"}");
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(huge).build());
        assertThatThrownBy(() -> client.item("GA-0001")).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
            assertThat(e.getMessage()).contains("larger than");
        });
    }

    @Test
    void aPlatformThatIsGoneIsUnreachable() {
        var url = server.url("/").uri();
        server.close();
        assertKind(() -> new HttpPlatform(url).health(), Kind.UNREACHABLE);
    }

    @Test
    void refusesIdentifiersThatWouldLeaveThePath() {
        assertKind(() -> client.item(".."), Kind.INVALID_REQUEST);
        server.enqueue(problem(404, "no"));
        assertKind(() -> client.item("../admin"), Kind.NOT_FOUND);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void callsNeedingAClerkFailBeforeSendingWhenSignedOut() {
        assertKind(() -> client.caseRecord("202611220000012"), Kind.UNAUTHORIZED);
        assertThat(server.getRequestCount()).isZero();
    }
}
