package org.yichuang.platform.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvironmentProxiesTest {
    private static Optional<String> proxy(Map<String, String> env, String target) {
        return new EnvironmentProxies(Optional.empty(), env).proxyFor(URI.create(target)).map(Object::toString);
    }

    @Test
    void takesTheSchemesVariableTheLowerCaseFormFirst() {
        Map<String, String> env = Map.of("https_proxy", "10.0.0.1:3128", "HTTPS_PROXY", "http://10.0.0.2:3128",
                "HTTP_PROXY", "http://10.0.0.3:8080");
        assertThat(proxy(env, "https://zwfw.example.gov.cn/")).contains("http://10.0.0.1:3128 (https_proxy)");
        assertThat(proxy(env, "http://zwfw.example.gov.cn/")).contains("http://10.0.0.3:8080 (HTTP_PROXY)");
        assertThat(proxy(Map.of(), "http://zwfw.example.gov.cn/")).isEmpty();
    }

    @Test
    void noProxyNamesHostsDomainsPortsOrEverything() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://p:1", "NO_PROXY", " intranet.local, .gov.cn,10.1.2.3:8443");
        assertThat(proxy(env, "https://intranet.local/")).isEmpty();
        assertThat(proxy(env, "https://a.intranet.local/")).isEmpty();
        assertThat(proxy(env, "https://zwfw.example.gov.cn/")).isEmpty();
        assertThat(proxy(env, "https://10.1.2.3:8443/")).isEmpty();
        assertThat(proxy(env, "https://10.1.2.3/")).isPresent();
        assertThat(proxy(env, "https://notgov.cn.example/")).isPresent();
        assertThat(proxy(Map.of("HTTPS_PROXY", "http://p:1", "no_proxy", "*"), "https://x/")).isEmpty();
    }

    @Test
    void loopbackIsNeverProxiedAndDirectTurnsProxiesOff() {
        Map<String, String> env = Map.of("HTTP_PROXY", "http://p:1");
        assertThat(proxy(env, "http://127.0.0.1:8080/")).isEmpty();
        assertThat(proxy(env, "http://localhost:8080/")).isEmpty();
        assertThat(new EnvironmentProxies(Optional.of("direct"), env).proxyFor(URI.create("http://x/"))).isEmpty();
        assertThat(new EnvironmentProxies(Optional.of("http://u:secret@q:8"), env).proxyFor(URI.create("http://x/"))
                .map(Object::toString)).contains("http://***@q:8 (--proxy)");
    }
}
