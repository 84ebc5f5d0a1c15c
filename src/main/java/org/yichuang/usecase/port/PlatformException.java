package org.yichuang.usecase.port;

import java.util.List;

/** A platform call that did not succeed, with what kind of failure it was so the UI can say it plainly. */
public final class PlatformException extends RuntimeException {
    /** What went wrong, from the caller's point of view. */
    public enum Kind { UNREACHABLE, TIMEOUT, UNAUTHORIZED, NOT_FOUND, INVALID_REQUEST, CONFLICT, SERVER_ERROR, BAD_RESPONSE }

    /** One invalid field named by the platform. */
    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final List<FieldError> fieldErrors;

    public PlatformException(Kind kind, String detail, List<FieldError> fieldErrors, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public PlatformException(Kind kind, String detail) {
        this(kind, detail, List.of(), null);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Whether trying again later may succeed without changing anything. */
    public boolean transientFailure() {
        return kind == Kind.UNREACHABLE || kind == Kind.TIMEOUT || kind == Kind.SERVER_ERROR;
    }
}
