package org.jjjpark.gateway.routing;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.jjjpark.gateway.GatewayConfig;
import org.jjjpark.http.problem.ProblemWriter;
import org.jjjpark.gateway.web.RequestIds;

import java.net.ConnectException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Streams a request to its service and the answer back. Failures become problem+json: a service that cannot
 * be reached is 503, one that does not answer in time is 504. Nothing is ever retried, so a POST is never
 * applied twice by the gateway.
 */
@ApplicationScoped
public class UpstreamForwarder {

    private static final Logger LOG = Logger.getLogger(UpstreamForwarder.class);

    /** Headers that describe one connection, not the message (RFC 9110 section 7.6.1), plus Host. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "proxy-connection");
    /** Set by the gateway only: a client's own values would let it spoof its address or host. */
    private static final Set<String> GATEWAY_OWNED = Set.of("x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix", "forwarded");

    /**
     * Trace context: the gateway's traced client writes its own (the caller's trace, under the gateway's span);
     * copying the caller's too would hand the service two conflicting traceparent headers.
     */
    private static final Set<String> TRACE_CONTEXT = Set.of("traceparent", "tracestate", "baggage");

    private final HttpClient client;
    private final GatewayConfig.Upstream settings;
    private final long maxBodyBytes;

    @Inject
    public UpstreamForwarder(Vertx vertx, GatewayConfig config) {
        this.settings = config.upstream();
        this.maxBodyBytes = config.maxBodyBytes();
        // One shared pool, HTTP/1.1 keep-alive, no pipelining: the fastest settings measured (TOOLCHAIN.md).
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(settings.poolSize())
                .setKeepAlive(true)
                .setPipelining(false)
                .setConnectTimeout((int) settings.connectTimeout().toMillis()));
    }

    public void forward(RoutingContext ctx, UpstreamRoute route) {
        HttpServerRequest request = ctx.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceedsLimit(length)) {
            ProblemWriter.send(ctx, 413, "PAYLOAD_TOO_LARGE", "Payload too large",
                    "the body exceeds " + maxBodyBytes + " bytes");
            return;
        }
        request.pause();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(route.host())
                .setPort(route.port())
                .setURI(request.uri())
                .setConnectTimeout(settings.connectTimeout().toMillis())
                .setIdleTimeout(settings.responseTimeout().toMillis());
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                request.resume();
                fail(ctx, route, opened.cause());
                return;
            }
            HttpClientRequest upstream = opened.result();
            copyRequestHeaders(ctx, upstream.headers());
            var sent = ctx.body().available() ? upstream.send(ctx.body().buffer()) : upstream.send(request);
            sent.onSuccess(response -> relay(ctx, response))
                    .onFailure(error -> fail(ctx, route, error));
        });
    }

    private void relay(RoutingContext ctx, HttpClientResponse upstream) {
        HttpServerResponse response = ctx.response();
        response.setStatusCode(upstream.statusCode()).setStatusMessage(upstream.statusMessage());
        upstream.headers().forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                response.headers().add(h.getKey(), h.getValue());
            }
        });
        if (upstream.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            response.setChunked(true);
        }
        upstream.pipeTo(response);
    }

    private void copyRequestHeaders(RoutingContext ctx, MultiMap target) {
        HttpServerRequest request = ctx.request();
        request.headers().forEach(h -> {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !GATEWAY_OWNED.contains(name) && !TRACE_CONTEXT.contains(name)) {
                target.add(h.getKey(), h.getValue());
            }
        });
        String host = request.authority() == null ? request.host() : request.authority().toString();
        if (host != null) {
            target.set("X-Forwarded-Host", host);
        }
        target.set("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        if (request.remoteAddress() != null) {
            target.set("X-Forwarded-For", request.remoteAddress().hostAddress());
        }
        target.set(RequestIds.HEADER, RequestIds.of(ctx));
        if (ctx.body().available()) {
            target.remove(HttpHeaders.TRANSFER_ENCODING);
            target.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(ctx.body().length()));
        }
    }

    private void fail(RoutingContext ctx, UpstreamRoute route, Throwable error) {
        if (error instanceof TimeoutException && !(error instanceof ConnectTimeoutException)) {
            LOG.warnf("[%s] %s did not answer %s %s within %s", RequestIds.of(ctx), route.service(),
                    ctx.request().method(), ctx.request().path(), settings.responseTimeout());
            ProblemWriter.send(ctx, 504, "UPSTREAM_TIMEOUT", "Gateway timeout",
                    "the service did not answer in time; the request may or may not have been applied");
            return;
        }
        boolean unreachable = error instanceof ConnectException || error instanceof ConnectTimeoutException
                || error.getCause() instanceof ConnectException;
        LOG.warnf("[%s] %s unreachable for %s %s: %s", RequestIds.of(ctx), route.service(),
                ctx.request().method(), ctx.request().path(), error.toString());
        if (unreachable) {
            ProblemWriter.send(ctx, 503, "UPSTREAM_UNAVAILABLE", "Service unavailable",
                    "the service is not reachable right now; retry shortly");
        } else {
            ProblemWriter.send(ctx, 502, "UPSTREAM_FAILED", "Bad gateway",
                    "the connection to the service failed; the request may or may not have been applied");
        }
    }

    private boolean exceedsLimit(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
