package org.jjjpark.gateway.web;

import io.vertx.ext.web.RoutingContext;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code X-Request-Id} of a request: the client's, if it is a sensible token, else a new UUID. It travels
 * to the service, comes back in the response and appears in the logs of both.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "request-id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    /** Assigns the request its id (once) and announces it in the response. */
    public static void assign(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.put(KEY, id);
        ctx.request().headers().set(HEADER, id);
        ctx.response().putHeader(HEADER, id);
    }

    public static String of(RoutingContext ctx) {
        String id = ctx.get(KEY);
        return id == null ? "-" : id;
    }
}
