package org.jjjpark.gateway.routing;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jjjpark.gateway.GatewayConfig;
import org.jjjpark.gateway.limits.RateLimits;
import org.jjjpark.http.problem.ProblemWriter;
import org.jjjpark.gateway.web.RequestIds;

import java.util.Optional;

/**
 * The gateway's request pipeline, ahead of its own REST endpoints: request id, rate limit, then either the
 * service a route names or the gateway's own endpoints. Runs after Quarkus' CORS filter (installed with a
 * lower order), so preflights are answered here and never reach a service.
 */
@ApplicationScoped
public class GatewayRoutes {

    private final RouteTable routes;
    private final UpstreamForwarder forwarder;
    private final RateLimits rateLimits;
    private final BodyHandler boundedBody;

    @Inject
    public GatewayRoutes(RouteTable routes, UpstreamForwarder forwarder, RateLimits rateLimits, GatewayConfig config) {
        this.routes = routes;
        this.forwarder = forwarder;
        this.rateLimits = rateLimits;
        this.boundedBody = BodyHandler.create(false).setBodyLimit(config.maxBodyBytes());
    }

    void install(@Observes Router router) {
        router.route().order(-30).handler(ctx -> {
            RequestIds.assign(ctx);
            ctx.next();
        });
        router.route().order(-20).handler(rateLimits::handle);
        router.route().order(-15).handler(this::readChunkedBodyOfRoutedRequest);
        router.route().order(-10).handler(this::routeOrPass);
    }

    /** A chunked body announces no size: read it up to the limit (413 beyond) before it is forwarded. */
    private void readChunkedBodyOfRoutedRequest(RoutingContext ctx) {
        boolean chunked = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (chunked && routes.match(ctx.request().path()).isPresent()) {
            boundedBody.handle(ctx);
        } else {
            ctx.next();
        }
    }

    private void routeOrPass(RoutingContext ctx) {
        String path = ctx.request().path();
        if (RouteTable.isAmbiguous(path)) {
            ProblemWriter.send(ctx, 404, "NOT_FOUND", "Not Found", "no resource at this path");
            return;
        }
        Optional<UpstreamRoute> route = routes.match(path);
        if (route.isEmpty()) {
            ctx.next();
            return;
        }
        forwarder.forward(ctx, route.get());
    }
}
