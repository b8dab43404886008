package org.jjjpark.agreement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.hostile.HostileInput;
import org.junit.jupiter.api.Test;

import java.net.URI;

/**
 * Malformed requests generated from the service's own OpenAPI document never get a 5xx, a stack trace, a class
 * name or SQL, and every refusal is a problem+json. {@code -Dhostile.requests=10000} for the full run.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class HostileInputTest {

    @TestHTTPResource("/")
    URI service;

    @Test
    void noHostileRequestGetsAServerErrorOrALeak() {
        HostileInput.against("agreement-service", service)
                .withATestTokenOfEveryRole()
                .run().assertNoFailures();
    }
}
