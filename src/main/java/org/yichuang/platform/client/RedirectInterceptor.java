package org.yichuang.platform.client;

import java.io.IOException;
import java.net.ProtocolException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows 307 and 308 with the same method, body and headers (the client's own redirect-following is off, so a POST
 * never becomes a GET). The credentials go only to the same scheme, host and port; an https platform is never
 * followed to http. 301/302/303 are not followed: {@link ReplyReader} reports them as a moved platform.
 */
final class RedirectInterceptor implements Interceptor {
    static final int MAX_HOPS = 5;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        for (int hop = 0; ; hop++) {
            Response response = chain.proceed(request);
            int code = response.code();
            if (code != 307 && code != 308) {
                return response;
            }
            HttpUrl next = target(request, response);
            if (next == null) {
                return response; // no usable Location: the reply is read (and refused) as it is
            }
            response.close();
            if (hop + 1 >= MAX_HOPS) {
                throw new ProtocolException("more than " + MAX_HOPS + " redirects from " + chain.request().url());
            }
            Request.Builder builder = request.newBuilder().url(next);
            if (!sameOrigin(request.url(), next)) {
                builder.removeHeader("Authorization");
            }
            request = builder.build();
        }
    }

    /** Where a redirect points, or null when it points nowhere usable or from https down to http. */
    static HttpUrl target(Request request, Response response) {
        String location = response.header("Location");
        HttpUrl next = location == null ? null : request.url().resolve(location);
        if (next == null || (request.url().isHttps() && !next.isHttps())) {
            return null;
        }
        return next;
    }

    private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
    }
}
