package org.jjjpark.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A real HTTP server standing in for a service behind the gateway. It echoes what reached it, answers slowly
 * on {@code /api/v1/partners/slow}, serves an OpenAPI document, and tells tests (over HTTP, at
 * {@code /__received}) which requests it received, so tests can prove that something was not forwarded.
 */
public class StubUpstream implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private final CopyOnWriteArrayList<String> received = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "gateway.routes.partner-service.url", url,
                "gateway.routes.partner-service.prefixes", "/api/v1/partners,/api/v1/programs",
                // A route whose service is not running: nothing listens on that port.
                "gateway.routes.absent-service.url", "http://127.0.0.1:" + closedPort(),
                "gateway.routes.absent-service.prefixes", "/api/v1/absent",
                "test.upstream.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/__received")) {
            respond(exchange, 200, "text/plain", String.join("\n", received));
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
        if (path.equals("/q/openapi")) {
            respond(exchange, 200, "application/json", OPENAPI);
            return;
        }
        if (path.equals("/api/v1/partners/slow")) {
            sleep(3000);
        }
        if (exchange.getRequestMethod().equals("POST")) {
            String host = exchange.getRequestHeaders().getFirst("X-Forwarded-Host");
            exchange.getResponseHeaders().add("Location", "http://" + host + "/api/v1/partners/42");
        }
        String headers = exchange.getRequestHeaders().entrySet().stream()
                .map(h -> "\"" + h.getKey().toLowerCase() + "\":\"" + String.join(",", h.getValue()).replace("\"", "'") + "\"")
                .collect(Collectors.joining(","));
        respond(exchange, exchange.getRequestMethod().equals("POST") ? 201 : 200, "application/json",
                "{\"method\":\"" + exchange.getRequestMethod() + "\",\"uri\":\"" + exchange.getRequestURI()
                        + "\",\"bodyLength\":" + body.length + ",\"headers\":{" + headers + "}}");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String OPENAPI = """
            {"openapi":"3.1.0","info":{"title":"partner-service","version":"1"},
             "paths":{
               "/api/v1/partners":{"get":{"summary":"List partners","security":[{"bearer":[]}],
                  "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/PartnerPage"}}}}}}},
               "/api/v1/partners/{id}":{"get":{"summary":"Read a partner","security":[{"bearer":[]}],
                  "responses":{"200":{"description":"ok"}}}},
               "/internal/debug":{"get":{"summary":"Not routed","responses":{"200":{"description":"ok"}}}}},
             "components":{"schemas":{"PartnerPage":{"type":"object","properties":{"items":{"type":"array","description":"Partners"}}}},
               "securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}}}""";
}
