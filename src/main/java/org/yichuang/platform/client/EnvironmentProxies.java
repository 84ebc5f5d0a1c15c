package org.yichuang.platform.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which proxy a platform URL goes through, the way curl reads it: {@code https_proxy}/{@code HTTPS_PROXY} for https,
 * {@code http_proxy}/{@code HTTP_PROXY} for http (the lower-case form first), {@code no_proxy}/{@code NO_PROXY} a comma
 * list of hosts, domains ({@code .gov.cn} or {@code gov.cn}: the domain and its subdomains), {@code host:port} or
 * {@code *}. A configured proxy ({@code --proxy URL}) replaces the environment's; {@code --proxy direct} turns proxies
 * off. Loopback (localhost, 127.*, ::1) is never proxied. {@code socks5://} proxies are SOCKS, others HTTP.
 */
public final class EnvironmentProxies extends ProxySelector {
    /** {@code --proxy direct}: no proxy whatever the environment says. */
    public static final String DIRECT = "direct";

    private final Optional<URI> configured;
    private final boolean direct;
    private final Map<String, String> env;

    /** @param configured {@code --proxy}: a URL, {@link #DIRECT}, or empty for the environment's */
    public EnvironmentProxies(Optional<String> configured, Map<String, String> env) {
        this.direct = configured.filter(DIRECT::equalsIgnoreCase).isPresent();
        this.configured = direct ? Optional.empty() : configured.map(EnvironmentProxies::proxyUri);
        this.env = Map.copyOf(env);
    }

    /** The proxy URL for {@code target} and where it was set, e.g. {@code http://10.1.1.1:3128 (HTTPS_PROXY)}. */
    public Optional<Source> proxyFor(URI target) {
        if (direct || target.getHost() == null || loopback(target.getHost())) {
            return Optional.empty();
        }
        if (configured.isPresent()) {
            return Optional.of(new Source(configured.get(), "--proxy"));
        }
        if (excluded(target)) {
            return Optional.empty();
        }
        String name = "https".equalsIgnoreCase(target.getScheme()) ? "https_proxy" : "http_proxy";
        for (String key : List.of(name, name.toUpperCase(Locale.ROOT), "all_proxy", "ALL_PROXY")) {
            String value = env.get(key);
            if (value != null && !value.isBlank()) {
                return Optional.of(new Source(proxyUri(value.strip()), key));
            }
        }
        return Optional.empty();
    }

    /** A proxy and the setting it came from. */
    public record Source(URI uri, String setting) {
        public Proxy proxy() {
            Proxy.Type type = uri.getScheme().toLowerCase(Locale.ROOT).startsWith("socks") ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
            int port = uri.getPort() != -1 ? uri.getPort() : type == Proxy.Type.SOCKS ? 1080 : "https".equals(uri.getScheme()) ? 443 : 80;
            return new Proxy(type, InetSocketAddress.createUnresolved(uri.getHost(), port));
        }

        /** The {@code user:password} of the proxy URL, if it has one. */
        public Optional<String> userInfo() {
            return Optional.ofNullable(uri.getUserInfo());
        }

        @Override
        public String toString() {
            String shown = uri.getUserInfo() == null ? uri.toString() : uri.toString().replace(uri.getRawUserInfo() + "@", "***@");
            return shown + " (" + setting + ")";
        }
    }

    @Override
    public List<Proxy> select(URI uri) {
        return List.of(proxyFor(uri).map(Source::proxy).orElse(Proxy.NO_PROXY));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // one proxy per URL: nothing else to try
    }

    private boolean excluded(URI target) {
        String list = Optional.ofNullable(env.get("no_proxy")).orElse(env.getOrDefault("NO_PROXY", ""));
        String host = target.getHost().toLowerCase(Locale.ROOT);
        int port = target.getPort() != -1 ? target.getPort() : "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
        return Arrays.stream(list.split(",")).map(String::strip).map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).anyMatch(entry -> matches(entry, host, port));
    }

    private static boolean matches(String entry, String host, int port) {
        if (entry.equals("*")) {
            return true;
        }
        String pattern = entry;
        int colon = entry.lastIndexOf(':');
        if (colon > 0 && !entry.startsWith("[") && entry.indexOf(':') == colon) {
            if (!entry.substring(colon + 1).equals(Integer.toString(port))) {
                return false;
            }
            pattern = entry.substring(0, colon);
        }
        String domain = pattern.startsWith("*.") ? pattern.substring(2) : pattern.startsWith(".") ? pattern.substring(1) : pattern;
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    private static URI proxyUri(String value) {
        String withScheme = value.contains("://") ? value : "http://" + value;
        URI uri = URI.create(withScheme.endsWith("/") ? withScheme.substring(0, withScheme.length() - 1) : withScheme);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("not a proxy URL: " + value + " (expected http://HOST:PORT)");
        }
        return uri;
    }
}
