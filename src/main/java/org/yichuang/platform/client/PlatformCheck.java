package org.yichuang.platform.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.yichuang.platform.Json;
import org.yichuang.usecase.port.PlatformException.Kind;

/**
 * What a technician needs to know about the way to the platform: reachable or not and why, the TLS verdict and the
 * certificate chain, the redirects on the way, the proxy, the platform's version and the clock difference. Asks
 * {@code GET /api/v1/health} once per hop, following every redirect for the report (the client follows only 307/308).
 */
public final class PlatformCheck {
    /** The overall verdict; its exit code is what {@code check-platform} returns. */
    public enum Verdict {
        HEALTHY(0), UNREACHABLE(3), CERTIFICATE(4), MOVED(5), NOT_THE_PLATFORM(6), CLOCK(7);

        public final int exitCode;

        Verdict(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    /** The verdict and the lines that explain it. */
    public record Result(Verdict verdict, List<String> lines) {
    }

    /** Beyond this, sign-in tokens and certificate validity go wrong: the clock must be set. */
    public static final Duration MAX_CLOCK_DIFFERENCE = Duration.ofMinutes(2);

    private final ConnectionSettings settings;
    private final Clock clock;
    private final Duration timeout;
    private final List<String> lines = new ArrayList<>();

    public PlatformCheck(ConnectionSettings settings, Clock clock, Duration timeout) {
        this.settings = settings;
        this.clock = clock;
        this.timeout = timeout;
    }

    public Result run(URI base) {
        lines.clear();
        HttpUrl url = HttpUrl.get(base.toString()).newBuilder().addPathSegments("api/v1/health").build();
        ChainRecorder chains = new ChainRecorder(settings.roots().trustManager());
        Route route = new Route();
        OkHttpClient http = settings.apply(new OkHttpClient.Builder(), chains).followRedirects(false)
                .followSslRedirects(false).retryOnConnectionFailure(false).eventListener(route)
                .connectTimeout(timeout).readTimeout(timeout).callTimeout(timeout.multipliedBy(2)).build();
        line("platform", base.toString());
        line("proxy", settings.proxies().proxyFor(url.uri()).map(Object::toString).orElse("none (direct)"));
        boolean moved = false;
        for (int hop = 0; hop <= RedirectInterceptor.MAX_HOPS; hop++) {
            line("request", "GET " + url);
            try (Response response = http.newCall(new Request.Builder().url(url).header("Accept", "application/json").build()).execute()) {
                line("reached", route.describe() + ", HTTP " + response.code() + " (" + protocol(response.protocol()) + ")");
                tls(url, response.handshake());
                String location = response.header("Location");
                if (response.isRedirect() && location != null && url.resolve(location) != null) {
                    HttpUrl next = url.resolve(location);
                    boolean kept = response.code() == 307 || response.code() == 308;
                    moved |= !kept;
                    line("redirect", response.code() + " to " + next + (kept ? " (followed with the same method and body)"
                            : " (NOT followed: a POST would become a GET; set the platform address to the new one)"));
                    url = next;
                    continue;
                }
                Verdict answer = health(response);
                if (moved) {
                    line("verdict", "MOVED: set --platform to " + next(url) + " (exit 5)");
                    return new Result(Verdict.MOVED, List.copyOf(lines));
                }
                line("verdict", answer + " (exit " + answer.exitCode + ")");
                return new Result(answer, List.copyOf(lines));
            } catch (SSLException e) {
                Kind kind = TlsFailures.kindOf(e);
                line("tls", "FAILED: " + kind + ": " + e.getMessage());
                chain(chains.last);
                line("fix", switch (kind) {
                    case CERTIFICATE_UNTRUSTED -> "install the province's root: --trusted-root PEM, or add it to the system store";
                    case CERTIFICATE_EXPIRED -> "check this machine's date and time; else the platform must renew its certificate";
                    case CERTIFICATE_WRONG_HOST -> "use the host name the certificate names (see subject/SAN), or ask for a new one";
                    default -> "check the TLS settings of the platform and of any proxy that inspects TLS";
                });
                line("verdict", "CERTIFICATE (exit 4)");
                return new Result(Verdict.CERTIFICATE, List.copyOf(lines));
            } catch (IOException e) {
                line("reached", "NO: " + why(e) + (route.proxy == null || route.proxy.type() == Proxy.Type.DIRECT ? ""
                        : " (through proxy " + route.proxy.address() + ")"));
                line("verdict", "UNREACHABLE (exit 3)");
                return new Result(Verdict.UNREACHABLE, List.copyOf(lines));
            }
        }
        line("verdict", "MOVED: more than " + RedirectInterceptor.MAX_HOPS + " redirects (exit 5)");
        return new Result(Verdict.MOVED, List.copyOf(lines));
    }

    private Verdict health(Response response) throws IOException {
        Date date = response.headers().getDate("Date");
        Instant here = clock.instant();
        Verdict verdict = Verdict.HEALTHY;
        if (date == null) {
            line("clock", "the platform sent no Date header; this machine says " + here);
        } else {
            long seconds = Duration.between(date.toInstant(), here).toSeconds();
            boolean off = Math.abs(seconds) > MAX_CLOCK_DIFFERENCE.toSeconds();
            line("clock", "platform " + date.toInstant() + ", this machine " + (seconds >= 0 ? "+" : "") + seconds + " s"
                    + (off ? " (OFF by more than " + MAX_CLOCK_DIFFERENCE.toSeconds() + " s: set the clock, e.g. NTP)" : " (ok)"));
            verdict = off ? Verdict.CLOCK : verdict;
        }
        String type = response.header("Content-Type", "");
        if (response.code() != 200 || !type.contains("json")) {
            line("health", "not the platform's answer: HTTP " + response.code() + " " + type);
            return Verdict.NOT_THE_PLATFORM;
        }
        try {
            JsonNode node = Json.mapper().readTree(response.body().byteStream());
            line("health", node.path("name").asText("?") + " " + node.path("version").asText("?")
                    + " (status " + node.path("status").asText("?") + ")");
            return verdict;
        } catch (IOException e) {
            line("health", "not the platform's answer: " + e.getMessage());
            return Verdict.NOT_THE_PLATFORM;
        }
    }

    private void tls(HttpUrl url, Handshake handshake) {
        if (!url.isHttps() || handshake == null) {
            line("tls", "not used (http)");
            return;
        }
        line("tls", "trusted, host name matches (" + handshake.tlsVersion().javaName() + ", " + handshake.cipherSuite() + ")");
        chain(handshake.peerCertificates().toArray(Certificate[]::new));
    }

    private void chain(Certificate[] chain) {
        if (chain == null) {
            line("chain", "no certificate was received");
            return;
        }
        Instant now = clock.instant();
        for (int i = 0; i < chain.length; i++) {
            if (chain[i] instanceof X509Certificate c) {
                boolean expired = now.isAfter(c.getNotAfter().toInstant()) || now.isBefore(c.getNotBefore().toInstant());
                line("cert " + i, "subject " + c.getSubjectX500Principal().getName());
                line("", "issuer  " + c.getIssuerX500Principal().getName());
                line("", "valid   " + c.getNotBefore().toInstant() + " to " + c.getNotAfter().toInstant()
                        + (expired ? " (NOT VALID NOW)" : ""));
            }
        }
    }

    private static String why(IOException e) {
        String what = e instanceof UnknownHostException ? "the host name is not known (DNS)"
                : e instanceof ConnectException ? "the connection was refused or the host is unreachable"
                : e instanceof InterruptedIOException ? "no answer in time" : e.getClass().getSimpleName();
        return what + ": " + e.getMessage();
    }

    private static String next(HttpUrl health) {
        String text = health.toString();
        return text.endsWith("api/v1/health") ? text.substring(0, text.length() - "api/v1/health".length()) : text;
    }

    private static String protocol(Protocol protocol) {
        return protocol.toString().toUpperCase(java.util.Locale.ROOT);
    }

    private void line(String label, String text) {
        lines.add(String.format("%-9s %s", label, text).stripTrailing());
    }

    /** Where the connection went: the address and the proxy. */
    private static final class Route extends EventListener {
        volatile InetSocketAddress address;
        volatile Proxy proxy;

        @Override
        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            this.address = address;
            this.proxy = proxy;
        }

        String describe() {
            if (address == null) {
                return "yes (pooled connection)";
            }
            String through = proxy == null || proxy.type() == Proxy.Type.DIRECT ? "" : " through proxy " + proxy.address();
            return "yes, " + address.getHostString() + ":" + address.getPort() + through;
        }
    }
}
