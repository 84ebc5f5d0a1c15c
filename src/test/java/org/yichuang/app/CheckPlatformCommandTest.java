package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.platform.TestPlatform;
import org.yichuang.platform.client.TestCertificates;
import picocli.CommandLine;

/** {@code check-platform} against the embedded platform, a proxy, a moved address and an untrusted certificate. */
class CheckPlatformCommandTest {
    private final MockWebServer server = new MockWebServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandErrors errors = new CommandErrors();
        int code = new CommandLine(new CheckPlatformCommand(env)).setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static MockResponse health() {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"status\":\"UP\",\"name\":\"proxied\",\"version\":\"1.2\"}").build();
    }

    @Test
    void aHealthyPlatformShowsItsVersionAndTheClock() {
        try (TestPlatform platform = TestPlatform.start()) {
            Run run = run(Map.of("HTTP_PROXY", "http://127.0.0.1:9"), "--platform", platform.server.baseUri().toString());
            assertThat(run.code()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("proxy     none (direct)", "tls       not used (http)", "HTTP 200", "(ok)",
                    "verdict   HEALTHY (exit 0)").containsPattern("health +\\S.* \\S+ \\(status UP\\)");
        }
    }

    @Test
    void saysWhichProxyCarriedTheRequest() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        server.enqueue(health());
        String proxy = "http://127.0.0.1:" + server.getPort();
        Run run = run(Map.of("https_proxy", "http://127.0.0.1:9", "HTTP_PROXY", proxy, "YICHUANG_PLATFORM", "http://zwfw.hall.invalid/"));
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("proxy     " + proxy + " (HTTP_PROXY)", "through proxy", "proxied 1.2");
        assertThat(server.takeRequest().getRequestLine()).isEqualTo("GET http://zwfw.hall.invalid/api/v1/health HTTP/1.1");
    }

    @Test
    void aMovedAddressNamesTheNewOne() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/v2/api/v1/health").build());
        server.enqueue(health());
        String base = "http://127.0.0.1:" + server.getPort() + "/";
        Run run = run(Map.of(), "--platform", base);
        assertThat(run.code()).as(run.out()).isEqualTo(5);
        assertThat(run.out()).contains("redirect  301 to " + base + "v2/api/v1/health (NOT followed",
                "MOVED: set --platform to " + base + "v2/ (exit 5)");
    }

    @Test
    void anUntrustedCertificateShowsTheChainAndTheFix(@TempDir Path dir) throws Exception {
        TestCertificates ca = TestCertificates.create(dir);
        server.useHttps(ca.server("hall", "localhost", null, 10));
        server.start(InetAddress.getLoopbackAddress(), 0);
        String base = "https://localhost:" + server.getPort() + "/";
        Run untrusted = run(Map.of(), "--platform", base);
        assertThat(untrusted.code()).as(untrusted.out()).isEqualTo(4);
        assertThat(untrusted.out()).contains("FAILED: CERTIFICATE_UNTRUSTED", "subject CN=localhost",
                "issuer  CN=Test Province Root CA", "--trusted-root", "verdict   CERTIFICATE (exit 4)");

        server.enqueue(health());
        Run trusted = run(Map.of(), "--platform", base, "--trusted-root", ca.rootPem().toString());
        assertThat(trusted.code()).as(trusted.out()).isZero();
        assertThat(trusted.out()).contains("tls       trusted, host name matches (TLSv1.3");
    }

    @Test
    void withoutAnAddressItSaysWhatToGive() {
        Run run = run(Map.of());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--platform URL");
    }
}
