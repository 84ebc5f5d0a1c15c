package org.yichuang.platform.client;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.X509TrustManager;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * How this machine reaches the platform: the proxy ({@code --proxy URL|direct}, else the environment's
 * {@code HTTPS_PROXY}/{@code HTTP_PROXY}/{@code NO_PROXY}) and an extra trusted root ({@code --trusted-root PEM}).
 * The environment is a parameter so tests need not change the process's.
 */
public record ConnectionSettings(Optional<String> proxy, Optional<Path> trustedRoot, Map<String, String> environment) {
    public ConnectionSettings {
        environment = Map.copyOf(environment);
    }

    /** No proxy setting and no extra root: the environment's proxies and the system's roots. */
    public static ConnectionSettings fromEnvironment() {
        return new ConnectionSettings(Optional.empty(), Optional.empty(), System.getenv());
    }

    public EnvironmentProxies proxies() {
        return new EnvironmentProxies(proxy, environment);
    }

    /** Fails with {@link IllegalArgumentException} naming the setting when the proxy or the root file is unusable. */
    public TrustedRoots roots() {
        return TrustedRoots.of(trustedRoot);
    }

    /** Checks both settings now, so a wrong one is said at start-up rather than at the first call. */
    public ConnectionSettings validated() {
        proxies();
        roots();
        return this;
    }

    /** The builder with these proxies and roots; {@code trust} replaces the roots' trust manager when not null. */
    OkHttpClient.Builder apply(OkHttpClient.Builder builder, X509TrustManager trust) {
        EnvironmentProxies proxies = proxies();
        builder.proxySelector(proxies).proxyAuthenticator(proxyAuthenticator(proxies));
        if (trust != null || trustedRoot.isPresent()) {
            X509TrustManager manager = trust != null ? trust : roots().trustManager();
            builder.sslSocketFactory(TrustedRoots.context(manager).getSocketFactory(), manager);
        }
        return builder;
    }

    /** Answers a proxy's 407 with the user and password of its URL ({@code http://user:pass@host:port}), once. */
    private static Authenticator proxyAuthenticator(EnvironmentProxies proxies) {
        return (route, response) -> {
            if (route == null || response.request().header("Proxy-Authorization") != null) {
                return null;
            }
            URI target = response.request().url().uri();
            Optional<String> user = proxies.proxyFor(target).flatMap(EnvironmentProxies.Source::userInfo);
            if (user.isEmpty() || !(route.proxy().address() instanceof InetSocketAddress)) {
                return null;
            }
            String[] parts = user.get().split(":", 2);
            String credential = Credentials.basic(parts[0], parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8);
            return response.request().newBuilder().header("Proxy-Authorization", credential).build();
        };
    }
}
