package org.jjjpark.partner;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.jjjpark.testkit.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** The HTTP calls tests make again and again, so that each test reads as its scenario. */
public final class PartnerApi {

    private PartnerApi() {
    }

    /** A request by the park's operator, who may do everything partner-service offers. */
    public static RequestSpecification asOperator() {
        return given().auth().oauth2(TestTokens.operator());
    }

    public static ValidatableResponse register(Map<String, Object> body) {
        return asOperator().contentType(ContentType.JSON).body(body).post("/api/v1/partners").then();
    }

    public static String registered(Map<String, Object> body) {
        return register(body).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse offer(Map<String, Object> body) {
        return asOperator().contentType(ContentType.JSON).body(body).post("/api/v1/programs").then();
    }

    public static String offered(Map<String, Object> body) {
        return offer(body).statusCode(201).extract().path("id");
    }
}
