package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.platform.Json;
import org.yichuang.platform.RawHttp;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.client.HttpPlatform;

/**
 * The field fault: the desktop app and {@code serve-platform} on one data directory, both writing. This test runs
 * the platform in this JVM and in a second one, and submits to both at once through the real HTTP API.
 */
class TwoProcessesOnOneDataDirectoryTest {
    private static final int SUBMISSIONS = 200;
    private static final int STATUS_STEP_SECONDS = 1;
    private final ObjectMapper json = Json.mapper();

    @TempDir
    Path data;

    @Test
    void twoProcessesStoreEverySubmissionWithoutAnErrorAndAdvanceEachCaseOnce() throws Exception {
        List<String> errors = new ArrayList<>();
        Set<String> caseNumbers = ConcurrentHashMap.newKeySet();
        long started;
        long took;
        try (PlatformProcess second = PlatformProcess.start(data, STATUS_STEP_SECONDS);
             EmbeddedPlatform first = EmbeddedPlatform.start(new EmbeddedPlatform.Settings(data,
                     java.net.InetAddress.getLoopbackAddress(), 0, Duration.ofSeconds(STATUS_STEP_SECONDS),
                     Clock.system(ZoneId.of("Asia/Shanghai"))))) {
            List<URI> servers = List.of(first.baseUri(), second.baseUri());
            byte[] body = json.writeValueAsBytes(Submissions.valid(SubjectType.ITEM, promisedItem(first).code(),
                    List.of(promisedItem(first)), SpecimenCards.LI_MEI));
            List<Clerk> clerks = servers.stream().map(Clerk::signIn).toList();
            started = System.nanoTime();
            try (var pool = Executors.newFixedThreadPool(8)) {
                List<Future<String>> replies = new ArrayList<>();
                for (int i = 0; i < SUBMISSIONS; i++) {
                    Clerk clerk = clerks.get(i % 2);
                    String key = "two-processes-" + i;
                    replies.add(pool.submit(() -> clerk.submit(key, body)));
                }
                for (Future<String> reply : replies) {
                    String outcome = reply.get();
                    if (outcome.startsWith("201 ")) {
                        caseNumbers.add(json.readTree(outcome.substring(4)).get("caseNumber").asText());
                    } else {
                        errors.add(outcome.substring(0, Math.min(200, outcome.length())));
                    }
                }
            }
            took = System.nanoTime() - started;
            // both schedulers move the promised cases on (ACCEPTED, UNDER_REVIEW, COMPLETED), also during the load
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (StoredCases.open(data) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
        System.out.printf("two processes: %d errors / %d submissions in %d ms%n", errors.size(), SUBMISSIONS, took / 1_000_000);
        assertThat(errors).as("replies other than 201 Created").isEmpty();
        assertThat(caseNumbers).hasSize(SUBMISSIONS);
        assertThat(StoredCases.count(data)).containsExactly(SUBMISSIONS, SUBMISSIONS);
        assertThat(StoredCases.open(data)).as("cases not yet completed").isZero();
        assertThat(StoredCases.events(data)).as("three status changes per case").isEqualTo(3 * SUBMISSIONS);
        assertThat(StoredCases.eventsCloserThan(data, Duration.ofSeconds(STATUS_STEP_SECONDS).minusMillis(50)))
                .as("status changes sooner than one status step after the last (a case moved on twice)").isEmpty();
    }

    private static ServiceItem promisedItem(EmbeddedPlatform platform) {
        HttpPlatform client = new HttpPlatform(platform.baseUri());
        return client.searchItems("", null, 0, 100).content().stream().filter(s -> s.caseKind() == CaseKind.PROMISE)
                .findFirst().map(s -> client.item(s.code())).orElseThrow();
    }

    /** A clerk signed in on one of the two platforms; each reply as "status body". */
    private record Clerk(RawHttp http, String token) {
        static Clerk signIn(URI server) {
            RawHttp http = new RawHttp(server);
            String reply = http.send("POST", "/api/v1/auth/sign-in", "application/json",
                    "{\"username\":\"clerk01\",\"password\":\"yichuang01\"}".getBytes()).body();
            int start = reply.indexOf("\"token\":\"") + 9;
            return new Clerk(http, reply.substring(start, reply.indexOf('"', start)));
        }

        String submit(String key, byte[] body) {
            try {
                var reply = http.send("POST", "/api/v1/cases", "application/json", body,
                        "Authorization", "Bearer " + token, "Idempotency-Key", key);
                return reply.statusCode() + " " + reply.body();
            } catch (RuntimeException e) {
                return "no reply: " + e;
            }
        }
    }
}
