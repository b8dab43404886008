package org.jjjpark.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.jjjpark.gateway.routing.RouteTable;
import org.jjjpark.gateway.routing.UpstreamRoute;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One OpenAPI document for the whole platform at {@code /q/openapi}: the gateway's own operations plus every
 * routed operation of every service, as seen through the gateway, with the security schemes an integrator
 * needs. A new service appears by adding its route to the configuration; nothing here names a service.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    private static final Duration FRESH_FOR = Duration.ofSeconds(60);
    /** A document missing a service (down at the time) is rebuilt sooner. */
    private static final Duration INCOMPLETE_FRESH_FOR = Duration.ofSeconds(5);
    static final String OWN_DOCUMENT = "/q/gateway-openapi?format=json";
    static final String SERVICE_DOCUMENT = "/q/openapi?format=json";

    private final RouteTable routes;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Built cached;

    @Inject
    public MergedOpenApi(RouteTable routes) {
        this.routes = routes;
    }

    void install(@Observes Router router) {
        router.get("/q/openapi").order(-5).blockingHandler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        try {
            String doc = document(ctx.request().localAddress().port());
            ctx.response().putHeader("Content-Type", "application/json").end(doc);
        } catch (IOException | InterruptedException e) {
            LOG.warn("cannot build the merged OpenAPI document", e);
            ctx.response().setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                    .end("{\"title\":\"Service unavailable\",\"status\":503,\"code\":\"OPENAPI_UNAVAILABLE\"}");
        }
    }

    String document(int ownPort) throws IOException, InterruptedException {
        Built current = cached;
        if (current != null && current.isFresh()) {
            return current.json();
        }
        Built rebuilt = build(ownPort);
        cached = rebuilt;
        return rebuilt.json();
    }

    private Built build(int ownPort) throws IOException, InterruptedException {
        ObjectNode merged = (ObjectNode) fetch("127.0.0.1", ownPort, OWN_DOCUMENT);
        merged.putObject("info")
                .put("title", "Jing-Jin-Ji enrollment platform API")
                .put("version", "1")
                .put("description", "Every public operation of the platform, as served by its gateway. Get a "
                        + "token at /oauth2/token (system clients) or /api/v1/auth/signin (applicants), then send "
                        + "it as Authorization: Bearer. Errors are application/problem+json with a stable code.");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.with("paths");
        ObjectNode schemas = merged.with("components").with("schemas");
        List<String> missing = new ArrayList<>();
        for (UpstreamRoute route : routes.routes()) {
            try {
                addService(route, fetch(route.host(), route.port(), SERVICE_DOCUMENT), paths, schemas);
            } catch (IOException e) {
                LOG.warnf("OpenAPI document of %s unavailable: %s", route.service(), e.getMessage());
                missing.add(route.service());
            }
        }
        addSecuritySchemes(merged, paths);
        if (!missing.isEmpty()) {
            ((ObjectNode) merged.get("info")).put("x-missing-services", String.join(",", missing));
        }
        return new Built(json.writeValueAsString(merged), System.nanoTime(), missing.isEmpty());
    }

    private void addService(UpstreamRoute route, JsonNode doc, ObjectNode paths, ObjectNode schemas) {
        doc.path("paths").fields().forEachRemaining(path -> {
            if (route.serves(path.getKey())) {
                paths.set(path.getKey(), path.getValue());
            }
        });
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            JsonNode existing = schemas.get(schema.getKey());
            if (existing == null) {
                schemas.set(schema.getKey(), schema.getValue());
            } else if (!existing.equals(schema.getValue())) {
                LOG.warnf("schema %s of %s differs from one already merged; keeping the first",
                        schema.getKey(), route.service());
            }
        });
    }

    /**
     * Operations that take a bearer token also accept the OAuth2 client-credentials scheme, which is what
     * makes Swagger UI's "Authorize" fetch a token from the gateway and use it.
     */
    private static void addSecuritySchemes(ObjectNode doc, ObjectNode paths) {
        ObjectNode schemes = doc.with("components").with("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "Access token from /oauth2/token or /api/v1/auth/signin");
        schemes.putObject("oauth2").put("type", "oauth2")
                .put("description", "System clients: client credentials grant")
                .putObject("flows").putObject("clientCredentials")
                .put("tokenUrl", "/oauth2/token").putObject("scopes");
        Iterator<Map.Entry<String, JsonNode>> pathIterator = paths.fields();
        while (pathIterator.hasNext()) {
            pathIterator.next().getValue().fields().forEachRemaining(operation -> {
                JsonNode security = operation.getValue().get("security");
                if (security instanceof ArrayNode requirements && security.toString().contains("\"bearer\"")) {
                    boolean hasOAuth = security.toString().contains("\"oauth2\"");
                    if (!hasOAuth) {
                        requirements.addObject().putArray("oauth2");
                    }
                }
            });
        }
    }

    private JsonNode fetch(String host, int port, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://" + host + ":" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + host + ":" + port);
        }
        return json.readTree(response.body());
    }

    private record Built(String json, long builtAtNanos, boolean complete) {
        boolean isFresh() {
            Duration age = Duration.ofNanos(System.nanoTime() - builtAtNanos);
            return age.compareTo(complete ? FRESH_FOR : INCOMPLETE_FRESH_FOR) < 0;
        }
    }
}
