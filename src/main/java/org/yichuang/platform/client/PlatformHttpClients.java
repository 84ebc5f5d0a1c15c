package org.yichuang.platform.client;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The OkHttp clients the platform is reached with: bounded timeouts, two retries for idempotent calls only, redirects
 * handled by {@link RedirectInterceptor} (never a POST turned into a GET), proxies and roots as settings say.
 */
public final class PlatformHttpClients {
    private PlatformHttpClients() {
    }

    /** Connect and read timeouts per attempt; two retries for idempotent calls; the environment's proxies. */
    public static OkHttpClient defaultClient(Duration connect, Duration read) {
        return client(ConnectionSettings.fromEnvironment(), connect, read);
    }

    /** As {@link #defaultClient}; 307/308 followed with method and body, other redirects are {@code MOVED}. */
    public static OkHttpClient client(ConnectionSettings settings, Duration connect, Duration read) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(connect).readTimeout(read).writeTimeout(read)
                .callTimeout(read.multipliedBy(3))
                .retryOnConnectionFailure(false)
                .followRedirects(false).followSslRedirects(false)
                .addInterceptor(new RedirectInterceptor())
                .addInterceptor(new RetryInterceptor(2, 200));
        return settings.apply(builder, null).build();
    }
}
