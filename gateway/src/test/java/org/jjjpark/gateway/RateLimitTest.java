package org.jjjpark.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** With small budgets: each client gets its burst, then 429 with the headers a well-behaved client needs. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(StubUpstream.class)
class RateLimitTest {

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.requests-per-minute", "6",
                    "gateway.rate-limit.burst", "5",
                    "gateway.rate-limit.auth-attempts-per-minute", "3");
        }
    }

    /**
     * One scenario, because both budgets belong to the same address: three sign-ins use the sign-in budget
     * (and three of the five general tokens), the fourth is refused by the sign-in budget, and two more
     * ordinary requests use up the general budget.
     */
    @Test
    void signInsAndThenAllRequestsOfAnAddressAreLimitedWith429AndRetryAfter() {
        List<Integer> signIns = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            signIns.add(given().contentType(ContentType.JSON)
                    .body(Map.of("examNumber", "26130102150001", "password", "guess number " + i))
                    .post("/api/v1/auth/signin").statusCode());
        }
        List<Response> reads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reads.add(given().get("/api/v1/partners"));
        }

        assertThat(signIns).containsExactly(401, 401, 401, 429);
        assertThat(reads.get(0).statusCode()).isEqualTo(200);
        assertThat(reads.get(0).header("RateLimit-Limit")).isEqualTo("5");
        assertThat(reads.get(0).header("RateLimit-Remaining")).isEqualTo("1");
        assertThat(reads.get(1).statusCode()).isEqualTo(200);
        Response limited = reads.get(2);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.<String>path("code")).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
    }
}
