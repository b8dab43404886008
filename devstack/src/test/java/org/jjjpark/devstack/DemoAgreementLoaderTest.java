package org.jjjpark.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader against a stand-in for agreement-service: it waits while the service has not heard of the parties
 * yet, signs what is unsigned, and leaves alone what exists.
 */
class DemoAgreementLoaderTest {

    private static final String AGREEMENT = """
            {"id":"a-1","status":"%s","parties":[
              {"partnerId":"p-park","role":"PARK","nameEn":"The park"%s},
              {"partnerId":"p-jd","role":"SPONSOR","nameEn":"JD.com"}]}""";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger draftsRefused = new AtomicInteger();
    private HttpServer server;
    private String existing = "";
    private int refusals;
    private String refusalCode = "PARTY_UNKNOWN";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void draftsOnceThePartiesHaveArrivedThenHasEveryPartySign() {
        refusals = 2;

        loader().load(data(), ids());

        assertThat(draftsRefused).hasValue(2);
        assertThat(requests).containsSubsequence("GET /api/v1/agreements?reference=JJJP-2024-OC-JD",
                "POST /api/v1/agreements", "POST /api/v1/agreements/a-1/signatures",
                "POST /api/v1/agreements/a-1/signatures");
        assertThat(requests.stream().filter(r -> r.endsWith("/signatures"))).hasSize(2);
    }

    @Test
    void anAgreementRecordedAlreadyOnlyGetsTheSignaturesItLacks() {
        existing = AGREEMENT.formatted("DRAFT", ",\"signedAt\":\"2024-02-21T10:00:00+08:00\"");

        loader().load(data(), ids());

        assertThat(requests).doesNotContain("POST /api/v1/agreements");
        assertThat(requests.stream().filter(r -> r.endsWith("/signatures"))).hasSize(1);
    }

    @Test
    void anyOtherRefusalStopsTheDevstackWithTheServicesAnswer() {
        refusals = 1;
        refusalCode = "PLAN_TYPE_MISMATCH";

        assertThatThrownBy(() -> loader().load(data(), ids())).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("PLAN_TYPE_MISMATCH");
    }

    private DemoAgreementLoader loader() {
        return new DemoAgreementLoader(new PlatformApi("http://127.0.0.1:" + server.getAddress().getPort(), "t"));
    }

    private static DemoData data() {
        return new DemoData(List.of(), List.of(), List.of(new DemoData.Agreement("JJJP-2024-OC-JD", "ORDER_CLASS",
                "JD.com order class", List.of(new DemoData.AgreementParty("19999", "PARK"),
                new DemoData.AgreementParty("91110115999900062F", "SPONSOR")), "2024-02-21", "2028-08-31",
                new DemoData.Document("ab".repeat(32), "https://documents.example/oc.pdf"), "2024-02-21T10:00:00+08:00",
                List.of(new DemoData.Allocation("10011", "120601", 2024, "110000", "130000", "ORDER_CLASS", 30)))));
    }

    private static DemoIds ids() {
        return new DemoIds(Map.of("19999", "p-park", "91110115999900062F", "p-jd"),
                Map.of(DemoIds.programKey("10011", "120601"), "prog-1"));
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
        requests.add(request);
        if (request.startsWith("GET /api/v1/agreements?reference=")) {
            respond(exchange, 200, "{\"items\":[" + existing + "]}");
        } else if (request.equals("POST /api/v1/agreements") && draftsRefused.get() < refusals) {
            draftsRefused.incrementAndGet();
            respond(exchange, 422, "{\"status\":422,\"code\":\"" + refusalCode + "\"}");
        } else if (request.equals("POST /api/v1/agreements")) {
            respond(exchange, 201, AGREEMENT.formatted("DRAFT", ""));
        } else {
            respond(exchange, 200, AGREEMENT.formatted("ACTIVE", ",\"signedAt\":\"2024-02-21T10:00:00+08:00\""));
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
