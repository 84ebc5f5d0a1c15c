package org.yichuang.usecase.port;

import java.util.List;

/** A platform call that did not succeed, with what kind of failure it was so the UI can say it plainly. */
public final class PlatformException extends RuntimeException {
    /** What went wrong, from the caller's point of view. */
    public enum Kind {
        UNREACHABLE, TIMEOUT, UNAUTHORIZED, NOT_FOUND, INVALID_REQUEST, CONFLICT, SERVER_ERROR, BAD_RESPONSE,
        /** The platform's address answers 301/302/303: the setting must name the new address ({@link #location()}). */
        MOVED,
        /** The platform's certificate is not signed by a root this machine trusts. */
        CERTIFICATE_UNTRUSTED,
        /** The platform's certificate (or one in its chain) is expired or not yet valid. */
        CERTIFICATE_EXPIRED,
        /** The platform's certificate is for another host name. */
        CERTIFICATE_WRONG_HOST;

        /** A fault of this machine's settings or the platform's certificate: trying again cannot help. */
        public boolean configuration() {
            return this == MOVED || name().startsWith("CERTIFICATE_");
        }
    }

    /** One invalid field named by the platform. */
    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final List<FieldError> fieldErrors;
    private final String location;

    public PlatformException(Kind kind, String detail, List<FieldError> fieldErrors, Throwable cause) {
        this(kind, detail, fieldErrors, cause, null);
    }

    private PlatformException(Kind kind, String detail, List<FieldError> fieldErrors, Throwable cause, String location) {
        super(detail, cause);
        this.kind = kind;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.location = location;
    }

    /** A {@link Kind#MOVED}: the platform answered {@code status} pointing at {@code location}. */
    public static PlatformException moved(int status, String location) {
        return new PlatformException(Kind.MOVED, "HTTP " + status + ": the platform's address has moved to " + location
                + "; set the new address", List.of(), null, location);
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

    /** The new address of a {@link Kind#MOVED}; empty otherwise. */
    public String location() {
        return location == null ? "" : location;
    }

    /** Whether trying again later may succeed without changing anything. */
    public boolean transientFailure() {
        return kind == Kind.UNREACHABLE || kind == Kind.TIMEOUT || kind == Kind.SERVER_ERROR;
    }
}
