package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yichuang.platform.RawHttp;
import org.yichuang.platform.TestPlatform;

/** What a careless or hostile client may send: every answer is a problem document, and the server stays up. */
class HostileRequestsTest {
    private static TestPlatform platform;
    private static RawHttp raw;
    private static String token;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        raw = new RawHttp(platform.server.baseUri());
        token = raw.token();
    }

    @AfterAll
    static void stop() {
        platform.close();
        platform.deleteData();
    }

    private static void assertProblem(HttpResponse<String> reply, int status) {
        assertThat(reply.statusCode()).isEqualTo(status);
        assertThat(reply.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(reply.body()).contains("\"status\":" + status).contains("\"title\"");
    }

    private static HttpResponse<String> postCase(String body) {
        return raw.send("POST", "/api/v1/cases", "application/json", body.getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + token, "Idempotency-Key", "hostile-" + body.hashCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {                                   | 400
            []                                  | 400
            null                                | 400
            {"subjectType":"NOPE"}              | 400
            {"subjectType":"ITEM"}              | 422
            {"subjectType":"ITEM","subjectCode":"GA-0000","formData":{"a":1}} | 422
            "string"                            | 400
            """)
    void malformedCaseBodiesAreProblems(String body, int status) {
        assertProblem(postCase(body), status);
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        assertProblem(postCase("[".repeat(5000) + "]".repeat(5000)), 400);
    }

    @RepeatedTest(20) // once raced: the client, still sending, saw a reset instead of the 413
    void oversizedBodiesAreRefusedWithA413() {
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertProblem(raw.send("POST", "/api/v1/cases", "application/json", huge, "Authorization", "Bearer " + token,
                "Idempotency-Key", "huge"), 413);
    }

    @Test
    void wrongContentTypeIsRefused() {
        assertProblem(raw.send("POST", "/api/v1/auth/sign-in", "text/plain", "x".getBytes()), 415);
    }

    @Test
    void missingOrBadIdempotencyKeysAreRefused() {
        assertProblem(raw.send("POST", "/api/v1/cases", "application/json", "{}".getBytes(), "Authorization", "Bearer " + token), 400);
        assertProblem(raw.send("POST", "/api/v1/cases", "application/json", "{}".getBytes(), "Authorization", "Bearer " + token,
                "Idempotency-Key", "bad key!"), 400);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            GET,    /api/v1/nothing-here,                  404
            DELETE, /api/v1/catalogue/items,               405
            GET,    /api/v1/catalogue/items?page=-1,       400
            GET,    /api/v1/catalogue/items?size=100000,   400
            GET,    /api/v1/catalogue/items?page=x,        400
            GET,    /api/v1/catalogue/items?audience=ALIEN, 400
            GET,    /api/v1/cases/123/progress,            404
            GET,    /api/v1/cases/../../etc/passwd,        404
            """)
    void badPathsAndQueriesAreProblems(String method, String path, int status) {
        assertProblem(raw.send(method, path, null, null), status);
    }

    @Test
    void randomBytesNeverBreakTheServer() {
        Random random = new Random(20261122);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[random.nextInt(300)];
            random.nextBytes(junk);
            int status = raw.send("POST", "/api/v1/auth/sign-in", "application/json", junk).statusCode();
            assertThat(status).isIn(400, 401, 422); // 422: bytes that are not UTF-8 text
        }
        assertThat(raw.get("/api/v1/health").statusCode()).isEqualTo(200);
    }
}
