package org.jjjpark.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.testkit.RawHttp;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Routing against a real HTTP service: allowlist, headers, path tricks, timeouts, outages, limits. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(StubUpstream.class)
class GatewayRoutingTest {

    @ConfigProperty(name = "test.upstream.url")
    String upstream;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aRoutedRequestReachesItsServiceWithForwardedHeadersAndTheRequestId() {
        given().header("X-Request-Id", "req-42").queryParam("type", "UNIVERSITY")
                .get("/api/v1/partners").then()
                .statusCode(200)
                .header("X-Request-Id", "req-42")
                .body("uri", equalTo("/api/v1/partners?type=UNIVERSITY"))
                .body("headers.x-request-id", equalTo("req-42"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo(gateway.getHost() + ":" + gateway.getPort()));
    }

    @Test
    void aRoutedRequestStartsATraceThatItsServiceContinues() {
        given().get("/api/v1/partners").then().statusCode(200)
                .body("headers.traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void aCallersTraceContinuesThroughTheGatewayUnderTheGatewaysOwnSpan() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        given().header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01").get("/api/v1/partners").then()
                .statusCode(200)
                // One header, same trace, and a parent span of the gateway's: the caller's span id is gone.
                .body("headers.traceparent", matchesPattern("00-" + traceId + "-(?!b7ad6b7169203331)[0-9a-f]{16}-01"));
    }

    @Test
    void aRequestWithoutIdGetsOne() {
        given().get("/api/v1/partners").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void clientSuppliedForwardingHeadersAreReplaced() {
        given().header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=203.0.113.9").get("/api/v1/partners").then()
                .statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-host", equalTo(gateway.getHost() + ":" + gateway.getPort()))
                .body("headers.forwarded", equalTo(null));
    }

    @Test
    void locationHeadersOfServicesPointAtTheGateway() {
        String location = given().contentType(ContentType.JSON).body("{}").post("/api/v1/partners").then()
                .statusCode(201).extract().header("Location");

        assertThat(location).isEqualTo("http://" + gateway.getHost() + ":" + gateway.getPort() + "/api/v1/partners/42");
    }

    @Test
    void pathsOutsideTheAllowlistOrWithTricksNeverReachAService() {
        List<String> tricks = List.of("/api/v1/partnersX", "/API/V1/PARTNERS", "/api//v1/partners",
                "/api/v1/partners/../clients", "/api/v1/partners/%2e%2e/clients", "/api/v1/partners%2Fx",
                "/api/v1/partners/%252e%252e/x", "/api/v1/partners;x=1", "/api/v1/unknown", "/internal/debug");
        for (String path : tricks) {
            RawHttp.Response response = RawHttp.get(gateway.getPort(), path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.text()).as(path).contains("application/problem+json").contains("\"NOT_FOUND\"");
        }

        List<String> received = GatewayApi.receivedByUpstream(upstream);
        assertThat(received).noneMatch(r -> r.contains("partnersX") || r.contains("..") || r.contains("%2")
                || r.contains(";") || r.contains("unknown") || r.contains("internal"));
    }

    @Test
    void neitherAnAbsoluteUriNorTheHostHeadersSelectAnOrigin() throws Exception {
        // OWASP API7 at the gateway: only the route table says where a request goes, never the client.
        try (ServerSocket internal = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            internal.setSoTimeout(500);
            String elsewhere = "127.0.0.1:" + internal.getLocalPort();
            List<String> heads = List.of(
                    "GET http://" + elsewhere + "/api/v1/partners?via=absolute HTTP/1.1\r\nHost: " + elsewhere,
                    "GET /api/v1/partners?via=host HTTP/1.1\r\nHost: " + elsewhere,
                    "GET /api/v1/partners?via=forwarded HTTP/1.1\r\nHost: 127.0.0.1:" + gateway.getPort()
                            + "\r\nX-Forwarded-Host: " + elsewhere + "\r\nForwarded: host=" + elsewhere);
            for (String head : heads) {
                RawHttp.Response response = RawHttp.send(gateway.getPort(), head);

                assertThat(response.status()).as(head).isEqualTo(200);
                assertThat(response.text()).as(head).contains("/api/v1/partners?via=");
            }

            assertThat(GatewayApi.receivedByUpstream(upstream)).contains("GET /api/v1/partners").hasSizeGreaterThan(2);
            assertThatThrownBy(internal::accept).as("no connection to the address the client named")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIs504AndThePostIsNotRetried() {
        long before = GatewayApi.receivedByUpstream(upstream).stream().filter("POST /api/v1/partners/slow"::equals)
                .count();

        given().contentType(ContentType.JSON).body("{}").post("/api/v1/partners/slow").then()
                .statusCode(504).contentType("application/problem+json").body("code", equalTo("UPSTREAM_TIMEOUT"));

        long after = GatewayApi.receivedByUpstream(upstream).stream().filter("POST /api/v1/partners/slow"::equals)
                .count();
        assertThat(after - before).isEqualTo(1);
    }

    @Test
    void aServiceThatIsDownIs503() {
        given().get("/api/v1/absent/7").then()
                .statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("UPSTREAM_UNAVAILABLE"));
    }

    @Test
    void anOversizedBodyIs413WithoutContactingTheService() {
        given().contentType(ContentType.JSON).body("{\"pad\":\"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/v1/programs").then()
                .statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));

        assertThat(GatewayApi.receivedByUpstream(upstream)).doesNotContain("POST /api/v1/programs");
    }

    @Test
    void servicesOperationalEndpointsAreNotPublic() {
        assertThat(RawHttp.get(gateway.getPort(), "/api/v1/partners/../../q/health").status()).isEqualTo(404);
        assertThat(RawHttp.get(gateway.getPort(), "/api/v1/partners/%2e%2e/%2e%2e/q/metrics").status()).isEqualTo(404);
        // The gateway itself reads services' /q/openapi to merge it; nothing else under /q/ is ever forwarded.
        assertThat(GatewayApi.receivedByUpstream(upstream)).noneMatch(r -> r.contains("/q/health") || r.contains("/q/metrics"));
    }
}
