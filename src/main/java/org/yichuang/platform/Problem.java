package org.yichuang.platform;

import java.util.List;

/** RFC 9457 problem details as the platform sends them. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {
    public Problem {
        errors = List.copyOf(errors == null ? List.of() : errors);
    }

    /** One invalid field. */
    public record FieldProblem(String field, String message) {
    }
}
