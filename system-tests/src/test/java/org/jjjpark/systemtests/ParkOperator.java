package org.jjjpark.systemtests;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

/**
 * What the park's operator does through the gateway: register partners, record agreements, wait for their plan,
 * set a batch's admission rules.
 */
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

    /** Drafts an agreement and has every party sign it; in effect already, it is then active. */
    String activeAgreement(Map<String, Object> draft, List<String> partyIds) {
        String agreementId = drafted(draft);
        signedByEveryParty(agreementId, partyIds);
        gateway.asOperator().get("/api/v1/agreements/" + agreementId).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        return agreementId;
    }

    /**
     * The ids of the plan lines enrollment-service opens for an agreement's allocations once AgreementActivated
     * reaches it, in the order of the allocations' programs.
     */
    List<String> openPlanLines(String agreementId, List<String> programIds) {
        await("enrollment-service opens the plan on AgreementActivated").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> planLinesOf(agreementId).<List<String>>path("items.status"),
                        statuses -> statuses.size() == programIds.size() && statuses.stream().allMatch("OPEN"::equals));
        ExtractableResponse<Response> lines = planLinesOf(agreementId);
        List<String> lineIds = lines.path("items.id");
        List<String> linePrograms = lines.path("items.programId");
        return programIds.stream().map(program -> lineIds.get(linePrograms.indexOf(program))).toList();
    }

    /** The plan lines of one agreement, as the operator reads them. */
    ExtractableResponse<Response> planLinesOf(String agreementId) {
        return gateway.asOperator().queryParam("agreementId", agreementId).get("/api/v1/plan-lines")
                .then().statusCode(200).extract();
    }

    /** Sets (or replaces) the admission rules of a year's undergraduate batch of a source province. */
    void setsAdmissionRules(int intakeYear, String sourceProvince, Map<String, Object> rules) {
        gateway.asOperator().body(rules)
                .put("/api/v1/admission-configs/" + intakeYear + "/" + sourceProvince + "/UNDERGRADUATE")
                .then().statusCode(oneOf(200, 201));
    }
}
