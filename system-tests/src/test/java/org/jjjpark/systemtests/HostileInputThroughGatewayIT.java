package org.jjjpark.systemtests;

import org.jjjpark.testkit.hostile.HostileInput;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;

/**
 * Malformed requests generated from the gateway's merged OpenAPI document, through the gateway to the real
 * services: no 5xx, no stack trace, class name or SQL, every refusal a problem+json, whichever side answers.
 * Runs after the other system tests, since it changes shared data at random. {@code -Dhostile.requests=10000}
 * for the full run.
 */
@ExtendWith(RunningPlatformExtension.class)
@Order(Integer.MAX_VALUE)
class HostileInputThroughGatewayIT {

    @Test
    void noHostileRequestGetsAServerErrorOrALeakWhicheverServiceAnswers(RunningPlatform platform) {
        Gateway gateway = new Gateway(platform);
        String partnerId = new ParkOperator(gateway).registered("/api/v1/partners",
                ParkRequests.university("Hostile Input University"));

        // Client tokens live 15 minutes, longer than a full run takes.
        String partner = gateway.partnerClientToken(partnerId);
        String commission = gateway.commissionClientToken("130000");

        HostileInput.against("gateway", URI.create(platform.gatewayUrl()))
                .withBearer("operator", gateway::operatorToken)
                .withBearer("partner", () -> partner)
                .withBearer("commission", () -> commission)
                .run().assertNoFailures();
    }
}
