package org.jjjpark.gateway.routing;

import java.net.URI;
import java.util.List;

/** One service behind the gateway and the path prefixes it serves. */
public record UpstreamRoute(String service, String host, int port, List<String> prefixes) {

    public static UpstreamRoute of(String service, String baseUrl, List<String> prefixes) {
        URI uri = URI.create(baseUrl);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        for (String prefix : prefixes) {
            if (!prefix.startsWith("/") || prefix.endsWith("/") || prefix.contains("//")) {
                throw new IllegalArgumentException("route prefix of " + service + " must look like /api/v1/x: " + prefix);
            }
        }
        return new UpstreamRoute(service, uri.getHost(), port, List.copyOf(prefixes));
    }

    /** Whole-segment match: {@code /api/v1/partners} serves {@code /api/v1/partners/7}, not {@code /api/v1/partnersX}. */
    public boolean serves(String path) {
        for (String prefix : prefixes) {
            if (path.equals(prefix) || path.startsWith(prefix) && path.charAt(prefix.length()) == '/') {
                return true;
            }
        }
        return false;
    }
}
