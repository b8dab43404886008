package org.jjjpark.http.problem;

import java.util.List;

/**
 * A failure the client can act on, with the HTTP status and stable code it maps to. Services throw these from
 * their use cases; {@link ProblemMappers} renders them.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String code, String detail) {
        return new ApiException(404, code, "Resource not found", detail, List.of());
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(409, code, "Conflict with the current state", detail, List.of());
    }

    public static ApiException unprocessable(String code, String detail) {
        return new ApiException(422, code, "Request cannot be processed", detail, List.of());
    }

    public static ApiException invalidField(String code, String field, String message) {
        return new ApiException(400, code, "Request is not valid", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(400, code, "Request is not valid", detail, List.of());
    }

    public static ApiException preconditionFailed(String code, String detail) {
        return new ApiException(412, code, "Precondition failed", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
