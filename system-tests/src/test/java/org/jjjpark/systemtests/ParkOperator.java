package org.jjjpark.systemtests;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the park's operator does through the gateway to set the park up: register partners, record agreements. */
final class ParkOperator {

    /** agreement-service has not heard of the partner or program yet: asynchronous events, so retry. */
    private static final Set<String> NOT_ARRIVED_YET = Set.of("PARTY_UNKNOWN", "PROGRAM_UNKNOWN");

    private final Gateway gateway;

    ParkOperator(Gateway gateway) {
        this.gateway = gateway;
    }

    /** POSTs as the operator and returns the new resource's id. */
    String registered(String path, Map<String, Object> body) {
        return gateway.asOperator().body(body).post(path).then().statusCode(201).extract().path("id");
    }

    /** Records an agreement, retrying until agreement-service knows every party and program it names. */
    String drafted(Map<String, Object> draft) {
        ExtractableResponse<Response> response = await("agreement-service learns of the partners from partner.events")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> gateway.asOperator().body(draft).post("/api/v1/agreements").then().extract(),
                        r -> r.statusCode() != 422 || !NOT_ARRIVED_YET.contains(r.<String>path("code")));
        assertThat(response.statusCode()).as(response.body().asString()).isEqualTo(201);
        return response.path("id");
    }

    /** Records each party's signature on its behalf; signed by all, an agreement in effect becomes active. */
    void signedByEveryParty(String agreementId, List<String> partyIds) {
        for (String party : partyIds) {
            gateway.asOperator().body(Map.of("partyId", party, "signer", "Authorised representative"))
                    .post("/api/v1/agreements/" + agreementId + "/signatures").then().statusCode(200);
        }
    }
}
