package org.yichuang.platform.embedded;

import java.util.List;
import org.yichuang.platform.Problem.FieldProblem;

/** A request the embedded platform refuses, answered as RFC 9457 problem details. */
final class ApiError extends RuntimeException {
    private final int status;
    private final String title;
    private final List<FieldProblem> errors;

    ApiError(int status, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    ApiError(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "Not Found", what + " does not exist");
    }

    static ApiError badRequest(String detail) {
        return new ApiError(400, "Bad Request", detail);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    List<FieldProblem> errors() {
        return errors;
    }
}
