package org.yichuang.platform.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.yichuang.platform.Problem;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.PlatformException.Kind;

/** Turns an HTTP reply into a value or a {@link PlatformException}; never trusts the reply's size, type or shape. */
final class ReplyReader {
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;
    private static final long MAX_PROBLEM_BYTES = 64L * 1024;

    private final ObjectMapper json;

    ReplyReader(ObjectMapper json) {
        this.json = json;
    }

    static final long MAX_PDF_BYTES = 20L * 1024 * 1024;

    <T> T read(Response response, JavaType type) throws IOException {
        if (!response.isSuccessful()) {
            throw failure(response);
        }
        ResponseBody body = response.body();
        if (!isJson(body.contentType())) {
            throw new PlatformException(Kind.BAD_RESPONSE, "reply is " + body.contentType() + ", not JSON");
        }
        byte[] bytes = bounded(body.source(), MAX_BODY_BYTES);
        try {
            T value = json.readValue(bytes, type);
            if (value == null) {
                throw new PlatformException(Kind.BAD_RESPONSE, "reply is empty");
            }
            return value;
        } catch (JacksonException e) {
            throw new PlatformException(Kind.BAD_RESPONSE, "reply is not the expected JSON: " + e.getOriginalMessage(),
                    List.of(), e);
        }
    }

    /** A PDF reply (an e-licence): the type, the size and the header are checked before anyone uses it. */
    byte[] readPdf(Response response) throws IOException {
        if (!response.isSuccessful()) {
            throw failure(response);
        }
        ResponseBody body = response.body();
        MediaType type = body.contentType();
        if (type == null || !type.type().equals("application") || !type.subtype().equals("pdf")) {
            throw new PlatformException(Kind.BAD_RESPONSE, "reply is " + type + ", not a PDF");
        }
        byte[] bytes = bounded(body.source(), MAX_PDF_BYTES);
        if (bytes.length < 8 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new PlatformException(Kind.BAD_RESPONSE, "reply claims to be a PDF but is not one");
        }
        return bytes;
    }

    private PlatformException failure(Response response) throws IOException {
        int code = response.code();
        if (code >= 300 && code < 400) {
            // redirects are not followed but for 307/308 (RedirectInterceptor): a POST must never become a GET
            String location = response.header("Location");
            okhttp3.HttpUrl target = location == null ? null : response.request().url().resolve(location);
            if (target != null) {
                return PlatformException.moved(code, target.toString());
            }
        }
        Problem problem = problem(response.body());
        String detail = problem == null ? "HTTP " + code
                : firstNonBlank(problem.detail(), problem.title(), "HTTP " + code);
        List<PlatformException.FieldError> fields = problem == null ? List.of()
                : problem.errors().stream().map(f -> new PlatformException.FieldError(f.field(), f.message())).toList();
        return new PlatformException(kindOf(code), detail, fields, null);
    }

    private Problem problem(ResponseBody body) {
        MediaType type = body.contentType();
        if (type == null || !type.subtype().contains("json")) {
            return null;
        }
        try {
            return json.readValue(bounded(body.source(), MAX_PROBLEM_BYTES), Problem.class);
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable problem still has its status code
        }
    }

    static Kind kindOf(int code) {
        return switch (code) {
            case 400, 413, 415, 422 -> Kind.INVALID_REQUEST;
            case 401, 403 -> Kind.UNAUTHORIZED;
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            default -> code >= 500 ? Kind.SERVER_ERROR : Kind.BAD_RESPONSE;
        };
    }

    private static boolean isJson(MediaType type) {
        return type != null && type.type().equals("application")
                && (type.subtype().equals("json") || type.subtype().endsWith("+json"));
    }

    private static byte[] bounded(BufferedSource source, long limit) throws IOException {
        Buffer buffer = new Buffer();
        while (buffer.size() <= limit) {
            if (source.read(buffer, 64 * 1024) == -1) {
                return buffer.readByteArray();
            }
        }
        throw new PlatformException(Kind.BAD_RESPONSE, "reply is larger than " + limit + " bytes");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
