package org.yichuang.platform.embedded;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.yichuang.platform.Problem;

/** One HTTP request and its answer, with bounded reads: the body of a request is untrusted. */
final class Exchange {
    static final int MAX_JSON_BYTES = 1024 * 1024;

    private final HttpExchange http;
    private final ObjectMapper json;
    private final Map<String, String> pathVars;

    Exchange(HttpExchange http, ObjectMapper json, Map<String, String> pathVars) {
        this.http = http;
        this.json = json;
        this.pathVars = pathVars;
    }

    String path(String name) {
        return pathVars.get(name);
    }

    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    Map<String, String> query() {
        Map<String, String> out = new HashMap<>();
        String raw = http.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                try {
                    out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw ApiError.badRequest("malformed query string");
                }
            }
        }
        return out;
    }

    int intQuery(String name, int fallback, int min, int max) {
        String v = query().get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiError.badRequest(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a number");
        }
    }

    byte[] body(int limit) throws IOException {
        String length = header("Content-Length");
        try (InputStream in = http.getRequestBody()) {
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
                throw tooLarge(in, limit);
            }
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(in, limit);
            }
            return bytes;
        }
    }

    /**
     * Refuses a body over the limit. A moderately oversized body is read to its end first, so the client, still
     * sending, gets the 413 instead of a reset connection; anything far beyond is cut off unread.
     */
    private static ApiError tooLarge(InputStream in, int limit) throws IOException {
        long left = 4L * limit;
        byte[] sink = new byte[64 * 1024];
        for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
            left -= n;
        }
        return new ApiError(413, "Content Too Large", "the request body exceeds " + limit + " bytes");
    }

    <T> T json(Class<T> type) throws IOException {
        String contentType = header("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new ApiError(415, "Unsupported Media Type", "send application/json");
        }
        try {
            T value = json.treeToValue(WellFormedJson.read(json, body(MAX_JSON_BYTES)), type);
            if (value == null) {
                throw ApiError.badRequest("the request body is empty");
            }
            return value;
        } catch (JacksonException e) {
            throw ApiError.badRequest("the request body is not valid JSON for this call: " + e.getOriginalMessage());
        }
    }

    void send(int status, Object value) throws IOException {
        write(status, "application/json; charset=utf-8", json.writeValueAsBytes(value));
    }

    void problem(ApiError error) throws IOException {
        Problem problem = new Problem("about:blank", error.title(), error.status(), error.getMessage(),
                http.getRequestURI().getRawPath(), error.errors());
        write(error.status(), "application/problem+json", json.writeValueAsBytes(problem));
    }

    void header(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    void write(int status, String contentType, byte[] bytes) throws IOException {
        http.getResponseHeaders().set("Content-Type", contentType);
        http.getResponseHeaders().set("Cache-Control", "no-store");
        http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }
}
