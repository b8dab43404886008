package org.jjjpark.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jjjpark.gateway.GatewayConfig;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The allowlist of public paths and the service behind each. Only the raw request path selects a route:
 * never the Host or X-Forwarded-* headers, so no client can steer a request to another origin.
 */
@ApplicationScoped
public class RouteTable {

    private final List<UpstreamRoute> routes;

    @Inject
    public RouteTable(GatewayConfig config) {
        this(config.routes().entrySet().stream()
                .map(e -> UpstreamRoute.of(e.getKey(), e.getValue().url(), e.getValue().prefixes()))
                .toList());
    }

    RouteTable(List<UpstreamRoute> routes) {
        this.routes = routes;
    }

    public List<UpstreamRoute> routes() {
        return routes;
    }

    /** The route serving {@code rawPath}, or empty when none does or the path is {@link #isAmbiguous ambiguous}. */
    public Optional<UpstreamRoute> match(String rawPath) {
        if (isAmbiguous(rawPath)) {
            return Optional.empty();
        }
        return routes.stream().filter(r -> r.serves(rawPath)).findFirst();
    }

    /**
     * Paths that servers and proxies may read differently: empty or dot segments, encoded dots, slashes,
     * backslashes or NULs, matrix parameters. Such a path could mean one thing here and another upstream, so
     * it is never forwarded.
     */
    public static boolean isAmbiguous(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.contains("//") || rawPath.contains("\\")
                || rawPath.contains(";")) {
            return true;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
                || lower.contains("%25")) {
            return true;
        }
        for (String segment : rawPath.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
