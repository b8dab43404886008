package org.jjjpark.gateway;

import io.restassured.RestAssured;

import java.util.List;

/** Calls tests make of the gateway and of the stub service behind it. */
final class GatewayApi {

    private GatewayApi() {
    }

    /** A token of the bootstrap operator configured for tests. */
    static String operatorToken() {
        return RestAssured.given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "operator-test").formParam("client_secret", "operator-test-secret")
                .post("/oauth2/token").then().statusCode(200).extract().path("access_token");
    }

    /** What the stub service received so far, as "METHOD /raw/path" lines. */
    static List<String> receivedByUpstream(String upstreamUrl) {
        String body = RestAssured.given().get(upstreamUrl + "/__received").then().statusCode(200)
                .extract().asString();
        return body.isEmpty() ? List.of() : List.of(body.split("\n"));
    }
}
