package org.yichuang.platform.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries a call that failed in transit or with 502/503/504, but only when repeating it cannot do harm:
 * GET, HEAD, PUT, and POST carrying an {@code Idempotency-Key} or marked safe by {@link #SAFE_POST}. A TLS failure
 * (an untrusted, expired or wrong-host certificate) is not retried: it would fail the same way.
 */
final class RetryInterceptor implements Interceptor {
    /** Header set by the client on POSTs that only read (queries), removed before sending. */
    static final String SAFE_POST = "X-Yichuang-Safe-Post";

    private final int retries;
    private final long backoffMillis;

    RetryInterceptor(int retries, long backoffMillis) {
        this.retries = retries;
        this.backoffMillis = backoffMillis;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request original = chain.request();
        boolean repeatable = repeatable(original);
        Request request = original.newBuilder().removeHeader(SAFE_POST).build();
        for (int attempt = 0; ; attempt++) {
            boolean last = !repeatable || attempt >= retries;
            try {
                Response response = chain.proceed(request);
                if (last || !retryableStatus(response.code())) {
                    return response;
                }
                response.close();
            } catch (InterruptedIOException e) {
                throw e; // a timeout already took its time budget: do not multiply it
            } catch (IOException e) {
                if (last || chain.call().isCanceled() || TlsFailures.isTls(e)) { // a certificate stays wrong
                    throw e;
                }
            }
            pause(attempt);
        }
    }

    private static boolean repeatable(Request request) {
        return switch (request.method()) {
            case "GET", "HEAD", "PUT" -> true;
            case "POST" -> request.header("Idempotency-Key") != null || request.header(SAFE_POST) != null;
            default -> false;
        };
    }

    private static boolean retryableStatus(int code) {
        return code == 502 || code == 503 || code == 504;
    }

    private void pause(int attempt) throws InterruptedIOException {
        try {
            Thread.sleep(backoffMillis * (attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
