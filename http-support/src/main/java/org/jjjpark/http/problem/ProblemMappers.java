package org.jjjpark.http.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns every failure into {@code application/problem+json} with a stable code. Bodies never carry stack
 * traces, class names or SQL: the detail is written for the client, the cause goes to the log.
 */
public class ProblemMappers {

    static final String UNAUTHORIZED_DETAIL = "a valid bearer token is required";
    static final String FORBIDDEN_DETAIL = "the caller's role does not allow this operation";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return respond(e, uri);
    }

    /** No token, or one that failed verification while the endpoint checked it (Quarkus' own answer has no body). */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(new ApiException(401, ProblemCodes.UNAUTHORIZED, "Unauthorized",
                UNAUTHORIZED_DETAIL, List.of()), uri)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new ApiException(403, ProblemCodes.FORBIDDEN, "Forbidden", FORBIDDEN_DETAIL, List.of()), uri);
    }

    @ServerExceptionMapper
    public Response invalidRequest(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidValue(ConstraintViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = path(e);
        return respond(new ApiException(400, ProblemCodes.UNKNOWN_FIELD, "Request is not valid",
                "field '" + field + "' is not part of this request",
                List.of(new Problem.FieldError(field, "unknown field"))), uri);
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e, UriInfo uri) {
        Class<?> target = e.getTargetType();
        String message = target != null && target.isEnum()
                ? "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "))
                : "must be " + describe(target);
        return fieldProblem(path(e), message, uri);
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e, UriInfo uri) {
        return fieldProblem(path(e), "must be " + describe(e.getTargetType()), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e, UriInfo uri) {
        return malformed(uri);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return fieldProblem(path(mapping), "has a value that cannot be read", uri);
        }
        return malformed(uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // The JSON reader wraps some parse failures (a body cut short) in a plain 400.
        Optional<JsonProcessingException> json = causeOfType(e.getCause(), JsonProcessingException.class);
        if (status == 400 && json.isPresent()) {
            return json.get() instanceof JsonParseException || !(json.get() instanceof JsonMappingException)
                    ? malformed(uri) : unmappableJson(json.get(), uri);
        }
        String code = switch (status) {
            case 404 -> ProblemCodes.NOT_FOUND;
            case 405 -> ProblemCodes.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCodes.NOT_ACCEPTABLE;
            case 415 -> ProblemCodes.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemCodes.BAD_REQUEST;
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at this path";
            case 405 -> "this path does not accept the method";
            case 406 -> "the requested media type cannot be produced; ask for application/json";
            case 415 -> "send the body as application/json";
            default -> "the request cannot be understood";
        };
        return respond(new ApiException(status, code, title, detail, List.of()), uri);
    }

    /** Last resort: known infrastructure causes get their own status, anything else is a logged 500. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<ApiException> wrapped = causeOfType(e, ApiException.class);
        if (wrapped.isPresent()) {
            return respond(wrapped.get(), uri);
        }
        if (causeOfType(e, OptimisticLockException.class).isPresent()
                || causeOfType(e, StaleStateException.class).isPresent()) {
            return respond(ApiException.conflict(ProblemCodes.CONCURRENT_MODIFICATION,
                    "the resource was changed by another request; read it again and retry"), uri);
        }
        if (sqlStateClass(e, "22")) {
            // PostgreSQL refused a value the request carried (class 22, data exception: a NUL character in text,
            // a number out of a column's range) that validation let through.
            return respond(ApiException.badRequest(ProblemCodes.VALIDATION_FAILED,
                    "a value in the request cannot be stored, e.g. text with a NUL character"), uri);
        }
        if (undecodablePercentEncoding(e)) {
            return respond(ApiException.badRequest(ProblemCodes.BAD_REQUEST,
                    "the request's form body or path has a percent-encoding that is not valid UTF-8"), uri);
        }
        if (databaseUnavailable(e)) {
            LOG.warnf("database unavailable while serving %s: %s", uri.getPath(), rootMessage(e));
            Response response = respond(new ApiException(503, ProblemCodes.SERVICE_UNAVAILABLE,
                    "Service temporarily unavailable", "the service cannot reach its database; retry shortly",
                    List.of()), uri);
            return Response.fromResponse(response).header("Retry-After", "5").build();
        }
        LOG.errorf(e, "unexpected failure serving %s", uri.getPath());
        return respond(new ApiException(500, ProblemCodes.INTERNAL_ERROR, "Internal error",
                "the request failed unexpectedly; it has been logged", List.of()), uri);
    }

    private Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.size() == 1 ? "1 field is not valid" : errors.size() + " fields are not valid";
        return respond(new ApiException(400, ProblemCodes.VALIDATION_FAILED, "Request is not valid", detail,
                errors), uri);
    }

    private Response fieldProblem(String field, String message, UriInfo uri) {
        return respond(new ApiException(400, ProblemCodes.VALIDATION_FAILED, "Request is not valid",
                field + " " + message, List.of(new Problem.FieldError(field, message))), uri);
    }

    private Response malformed(UriInfo uri) {
        return respond(ApiException.badRequest(ProblemCodes.MALFORMED_JSON, "the body is not well-formed JSON"), uri);
    }

    static Response respond(ApiException e, UriInfo uri) {
        Problem problem = new Problem(ProblemCodes.typeUri(e.code()), e.title(), e.status(), e.getMessage(),
                uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""), e.code(), e.errors());
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * The client-facing name of a violated field: body fields by their JSON path ({@code contact.email}),
     * query and path parameters by their name ({@code limit}), a missing body as {@code body}.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        List<String> names = new ArrayList<>();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && nodes.indexOf(node) < nodes.size() - 1) {
                continue; // a field inside a body parameter: the parameter's own name means nothing to clients
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** A type as a client understands it, never a Java class name. */
    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == String.class || type.isEnum() || type == java.util.UUID.class) {
            return type == java.util.UUID.class ? "a UUID" : "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static boolean sqlStateClass(Throwable e, String sqlStateClass) {
        return failureAndItsCauses(e).anyMatch(t -> t instanceof java.sql.SQLException sql
                && sql.getSQLState() != null && sql.getSQLState().startsWith(sqlStateClass));
    }

    /**
     * The database cannot be reached, is shutting down or starting up (SQL state class 57P: a restart drops the
     * pool's connections with 57P01), or no pooled connection came free within the acquisition timeout (a
     * database that is away or overloaded): the client should retry later, so 503, not 500.
     */
    static boolean databaseUnavailable(Throwable e) {
        return sqlStateClass(e, "08") || sqlStateClass(e, "57P")
                || failureAndItsCauses(e).anyMatch(t -> t instanceof SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || poolAcquisitionTimeout(t));
    }

    /**
     * {@code e}, its causes, and the exceptions suppressed along the way with their causes: a commit that fails
     * because the connection was cut surfaces as a {@code RollbackException} without a cause, the database's
     * error being on the XA exception it suppressed.
     */
    private static Stream<Throwable> failureAndItsCauses(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(e));
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (seen.add(t)) {
                if (t.getCause() != null) {
                    pending.push(t.getCause());
                }
                pending.addAll(List.of(t.getSuppressed()));
            }
        }
        return seen.stream();
    }

    /**
     * RESTEasy Reactive decodes a form body (and a path) before any resource sees it, and reports a bad
     * percent-encoding such as {@code %s%n} with a plain {@code IllegalArgumentException} thrown by its URL utility:
     * the client's mistake, so 400.
     */
    public static boolean undecodablePercentEncoding(Throwable e) {
        return e instanceof IllegalArgumentException && Arrays.stream(e.getStackTrace()).limit(3)
                .anyMatch(frame -> frame.getClassName().equals("org.jboss.resteasy.reactive.common.util.URLUtils"));
    }

    /**
     * Agroal reports an exhausted pool as a plain {@code SQLException} without SQL state, either with a
     * {@code TimeoutException} as its cause or, on its blocking path, only with this message.
     */
    private static boolean poolAcquisitionTimeout(Throwable t) {
        return t instanceof java.sql.SQLException sql && sql.getSQLState() == null
                && (sql.getCause() instanceof java.util.concurrent.TimeoutException
                || (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
