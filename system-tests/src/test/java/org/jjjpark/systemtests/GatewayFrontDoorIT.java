package org.jjjpark.systemtests;

import org.jjjpark.testkit.RawHttp;
import org.jjjpark.testkit.platform.PlatformService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The gateway as the platform's one public entry, with the real services behind it: what a client sees of
 * addresses, request ids, the API description, paths that try to escape their route, and a service that is down.
 */
@ExtendWith(RunningPlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayFrontDoorIT {

    private RunningPlatform platform;
    private Gateway gateway;

    @BeforeAll
    void throughTheGateway(RunningPlatform platform) {
        this.platform = platform;
        this.gateway = new Gateway(platform);
    }

    @Test
    void theLocationOfACreatedResourcePointsAtTheGatewayNotAtTheService() {
        String location = gateway.asOperator().body(ParkRequests.university("Located University"))
                .post("/api/v1/partners").then().statusCode(201).extract().header("Location");

        assertThat(location).startsWith(platform.gatewayUrl() + "/api/v1/partners/");
        gateway.asOperator().get(location).then().statusCode(200).body("nameEn", equalTo("Located University"));
    }

    @Test
    void theClientsRequestIdComesBackAndLeadsToTheServicesLog() {
        String requestId = "system-test-" + UUID.randomUUID();

        gateway.asOperator().header("X-Request-Id", requestId).get("/api/v1/partners?limit=1").then()
                .statusCode(200).header("X-Request-Id", requestId);

        await("partner-service logs the request with its id").atMost(Duration.ofSeconds(10))
                .until(() -> Files.readString(platform.log(PlatformService.PARTNER)).contains("rid=" + requestId));
    }

    @Test
    void theGatewaysOpenApiDocumentDescribesTheOperationsOfEveryService() {
        // The document is rebuilt every few seconds while a service is missing from it (see the outage test).
        await("the merged document lists partner-service and agreement-service").atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> {
                    Map<String, Object> paths = gateway.anonymous().get("/q/openapi").then().statusCode(200)
                            .extract().path("paths");
                    assertThat(paths).containsKeys("/api/v1/partners", "/api/v1/programs", "/api/v1/agreements",
                            "/api/v1/agreements/{id}/signatures", "/api/v1/agreements/summary", "/oauth2/token");
                });
    }

    @Test
    void pathsThatClimbOutOfARouteAreNotFound() {
        String bearer = "Authorization: Bearer " + gateway.operatorToken();
        // The same token reaches the operator-only client list by its own path...
        assertThat(RawHttp.get(platform.gatewayPort(), "/api/v1/clients", bearer).status()).isEqualTo(200);

        // ...but not through a partner route, however the climb is spelt.
        for (String trick : List.of("/api/v1/partners/../clients", "/api/v1/partners/%2e%2e/clients",
                "/api/v1/agreements/../../q/health", "/api/v1/partners%2F..%2F..%2Fq%2Fmetrics")) {
            RawHttp.Response response = RawHttp.get(platform.gatewayPort(), trick, bearer);
            assertThat(response.status()).as(trick).isEqualTo(404);
            assertThat(response.text()).as(trick).contains("application/problem+json");
        }
    }

    @Test
    void aServiceThatIsDownAnswersServiceUnavailableUntilItIsBack() {
        platform.stop(PlatformService.PARTNER);
        try {
            gateway.asOperator().get("/api/v1/partners").then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("code", equalTo("UPSTREAM_UNAVAILABLE"));
            // The others are not affected.
            gateway.asOperator().get("/api/v1/agreements").then().statusCode(200);
        } finally {
            platform.restart(PlatformService.PARTNER);
        }

        gateway.asOperator().get("/api/v1/partners").then().statusCode(200);
    }
}
