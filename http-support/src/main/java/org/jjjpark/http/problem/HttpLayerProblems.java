package org.jjjpark.http.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * problem+json for what the HTTP layer refuses before any resource runs: a bearer token that fails verification
 * (proactive authentication) and a body over {@code quarkus.http.limits.max-body-size}. Left alone, Vert.x and
 * Quarkus answer those with an empty body that clients cannot tell apart.
 */
@ApplicationScoped
public class HttpLayerProblems {

    /** type/subtype with optional parameters (RFC 9110 §8.3.1), tokens as in §5.6.2. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+\\s*(;.*)?");

    private final long maxBodyBytes;

    public HttpLayerProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
    }

    void install(@Observes Router router) {
        // Just before Quarkus' own upload limit, which would answer an announced oversize body with an empty 413.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseAnnouncedOversizeBody);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseMalformedContentType);
        router.route().failureHandler(this::renderFailure);
    }

    private void refuseAnnouncedOversizeBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceedsLimit(length)) {
            // The rest of the body is not read: the connection closes after the answer.
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            tooLarge(ctx);
            return;
        }
        ctx.next();
    }

    /** The REST layer fails with an exception (a 500) on a Content-Type it cannot parse, such as {@code json}. */
    private void refuseMalformedContentType(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && !MEDIA_TYPE.matcher(type).matches()) {
            ProblemWriter.send(ctx, 415, ProblemCodes.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    "the Content-Type header is not a media type; send the body as application/json");
            return;
        }
        ctx.next();
    }

    private void renderFailure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().headWritten()) {
            ctx.next();
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            ProblemWriter.send(ctx, 401, ProblemCodes.UNAUTHORIZED, "Unauthorized", ProblemMappers.UNAUTHORIZED_DETAIL);
        } else if (failure instanceof ForbiddenException) {
            ProblemWriter.send(ctx, 403, ProblemCodes.FORBIDDEN, "Forbidden", ProblemMappers.FORBIDDEN_DETAIL);
        } else if (ctx.statusCode() == 413) {
            tooLarge(ctx);
        } else {
            ctx.next();
        }
    }

    private void tooLarge(RoutingContext ctx) {
        ProblemWriter.send(ctx, 413, ProblemCodes.PAYLOAD_TOO_LARGE, "Payload too large",
                "the body exceeds " + maxBodyBytes + " bytes");
    }

    private boolean exceedsLimit(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
