package org.jjjpark.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(StubUpstream.class)
class GatewayOpenApiAndCorsTest {

    @Test
    void theMergedDocumentHoldsRoutedServiceOperationsAndTheGatewaysOwnOnly() {
        JsonPath doc = given().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");

        assertThat(paths).containsKeys("/api/v1/partners", "/api/v1/partners/{id}", "/oauth2/token",
                "/api/v1/clients", "/api/v1/auth/signup", "/.well-known/jwks.json");
        assertThat(paths).doesNotContainKey("/internal/debug");
        assertThat(doc.getMap("components.schemas")).containsKeys("PartnerPage", "ClientRequest", "Problem");
        assertThat(doc.getString("components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl"))
                .isEqualTo("/oauth2/token");
        assertThat(doc.getList("paths.'/api/v1/partners'.get.security").toString()).contains("oauth2");
        assertThat(doc.getString("servers[0].url")).isEqualTo("/");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredByTheGateway() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/partners").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/partners").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theGatewaysOwnErrorsAreProblems() {
        given().contentType("application/json").body("{").post("/api/v1/auth/signin").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"));
    }
}
