package org.jjjpark.agreement;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.jjjpark.testkit.TestTokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The HTTP calls tests make again and again, so that each test reads as its scenario. */
public final class AgreementApi {

    static final String AGREEMENTS = "/api/v1/agreements";

    private AgreementApi() {
    }

    /** A request by the park's operator, who may do everything agreement-service offers. */
    public static RequestSpecification asOperator() {
        return given().auth().oauth2(TestTokens.operator());
    }

    public static ValidatableResponse draft(Map<String, Object> body) {
        return asOperator().contentType(ContentType.JSON).body(body).post(AGREEMENTS).then();
    }

    public static String drafted(Map<String, Object> body) {
        return draft(body).statusCode(201).extract().path("id");
    }

    /** An operator records the party's signature. */
    public static ValidatableResponse sign(String id, UUID party) {
        return asOperator().contentType(ContentType.JSON)
                .body(Map.of("partyId", party.toString(), "signer", "Signatory of " + party,
                        "signedAt", "2024-02-21T10:00:00+08:00"))
                .post(AGREEMENTS + "/" + id + "/signatures").then();
    }

    /** Every party signs; the agreement ends SIGNED, or ACTIVE when its effective date has come. */
    public static ValidatableResponse signedByAll(String id, UUID... parties) {
        ValidatableResponse last = null;
        for (UUID party : parties) {
            last = sign(id, party).statusCode(200);
        }
        return last;
    }

    public static ValidatableResponse get(String id) {
        return asOperator().get(AGREEMENTS + "/" + id).then();
    }

    public static ValidatableResponse amend(String id, Map<String, Object> body) {
        return asOperator().contentType(ContentType.JSON).body(body).post(AGREEMENTS + "/" + id + "/amendments").then();
    }

    public static ValidatableResponse terminate(String id) {
        return asOperator().contentType(ContentType.JSON).body(Map.of("reason", "Ended by mutual consent"))
                .post(AGREEMENTS + "/" + id + "/termination").then();
    }
}
