package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What operators and orchestrators probe: health, metrics. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OperationsEndpointsTest {

    @Test
    void theServiceIsReadyWhenItsDatabaseIs() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void prometheusMetricsIncludeTheOutboxAndHttpRequests() {
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/plan-lines").then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("eventing_outbox_backlog"))
                .body(containsString("eventing_outbox_relayed_total"))
                .body(containsString("http_server_requests_seconds_count"));
    }
}
