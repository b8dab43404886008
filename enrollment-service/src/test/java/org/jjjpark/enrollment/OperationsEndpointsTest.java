package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What operators and orchestrators probe: health, metrics. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OperationsEndpointsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

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

    @Test
    void aSubmissionCountsForItsSourceProvinceOnceAndItsEventCountsAsRelayed() {
        AdmissionScenario scenario = new AdmissionScenario(bootstrapServers, 3, 2);
        UUID candidate = scenario.candidate();
        String submitted = "applications_submitted_total{source_province=\"130000\"}";
        double submittedBefore = metric(submitted);
        double relayedBefore = metric("eventing_outbox_relayed_total");

        Applications.submit(candidate, List.of(Applications.choice(true, scenario.aAny))).statusCode(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(metric(submitted)).isEqualTo(submittedBefore + 1);
            assertThat(metric("eventing_outbox_relayed_total")).isGreaterThan(relayedBefore);
        });
        // Consumer lag, from the Kafka client metrics: the series operators alert on.
        given().get("/q/metrics").then().body(containsString("kafka_consumer_fetch_manager_records_lag_max"));
    }

    /** The value of one series on /q/metrics, 0 while it does not exist yet. */
    private static double metric(String series) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series + " "))
                // The value is the first field; an exemplar (trace and span id) may follow it.
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).split(" ")[0]))
                .findFirst().orElse(0);
    }
}
