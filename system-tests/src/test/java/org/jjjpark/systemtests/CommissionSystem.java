package org.jjjpark.systemtests;

import io.restassured.specification.RequestSpecification;
import org.jjjpark.testkit.candidates.SyntheticCandidate;

import java.util.List;
import java.util.Map;

/**
 * The system of one province's education commission as it talks to the platform through the gateway, with a client
 * the operator created for it: it registers its candidates and keeps its copy of the applications in sync.
 */
final class CommissionSystem {

    private final Gateway gateway;
    private final String province;
    private final String token;

    CommissionSystem(Gateway gateway, String province) {
        this.gateway = gateway;
        this.province = province;
        this.token = gateway.commissionClientToken(province);
    }

    /** A request bearing the commission's token. */
    RequestSpecification request() {
        return gateway.as(token);
    }

    /** Registers the province's candidates of an exam year and returns their candidate ids, in order. */
    List<String> imports(int examYear, List<SyntheticCandidate> candidates) {
        return request().body(Map.of("provinceCode", province, "examYear", examYear,
                        "candidates", candidates.stream().map(SyntheticCandidate::importRecord).toList()))
                .post("/api/v1/candidates/imports").then().statusCode(200).extract().path("outcomes.candidateId");
    }

    /** Every application change the commission may see up to the newest available version, as JSON objects. */
    List<Map<String, Object>> changedApplications() {
        return changedApplicationField("");
    }

    /**
     * One field of every application change the commission may see up to the newest available version, e.g.
     * {@code id} or {@code key.sourceProvince}; one page of up to 500, more than the system tests write.
     */
    <T> List<T> changedApplicationField(String field) {
        long available = request().get("/api/v1/changes/available").then().statusCode(200)
                .extract().<Number>path("newestChangeVersion").longValue();
        return request().queryParam("maxChangeVersion", available).queryParam("limit", 500)
                .get("/api/v1/changes/applications").then().statusCode(200).extract()
                .path(field.isEmpty() ? "items" : "items." + field);
    }
}
