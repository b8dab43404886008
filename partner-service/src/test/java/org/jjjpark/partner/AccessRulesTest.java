package org.jjjpark.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jjjpark.http.security.EndpointAccessRules;
import org.jjjpark.partner.rest.PartnerResource;
import org.jjjpark.partner.rest.ProgramResource;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.testkit.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Operators write, every authenticated caller reads public data, nobody else gets in (ARCHITECTURE §6). */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class AccessRulesTest {

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        assertThat(EndpointAccessRules.undeclared(List.of(PartnerResource.class, ProgramResource.class))).isEmpty();
    }

    @Test
    void withoutAValidTokenNothingIsServedAndTheRefusalIsAProblemWithABearerChallenge() {
        for (String token : List.of(TestTokens.expiredOperator(), TestTokens.operatorSignedByAnotherKey(),
                TestTokens.operatorWithoutSignature(), TestTokens.operatorFromAnotherIssuer(),
                TestTokens.operatorForAnotherAudience(), TestTokens.operatorSignedWithThePublicKeyAsHmacSecret(),
                "not-a-jwt")) {
            var response = given().auth().oauth2(token).get("/api/v1/partners").then().extract();

            assertProblem(response, 401, "UNAUTHORIZED");
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
        assertProblem(given().get("/api/v1/partners").then().extract(), 401, "UNAUTHORIZED");
        // A token is taken from the Authorization header only, never from the query string (it would be logged).
        assertProblem(given().queryParam("access_token", TestTokens.operator()).get("/api/v1/partners").then()
                .extract(), 401, "UNAUTHORIZED");
    }

    @Test
    void aPartnerOrCommissionClientCannotWrite() {
        for (String token : List.of(TestTokens.partner(UUID.randomUUID()), TestTokens.commission("130000"),
                TestTokens.applicant(UUID.randomUUID()))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.university())
                    .post("/api/v1/partners").then().statusCode(403)
                    .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        }
    }

    @Test
    void anyAuthenticatedCallerReadsPublicDataButOnlyOperatorsAndThePartnerSeeTheContact() {
        String id = PartnerApi.registered(Fixtures.university());

        given().auth().oauth2(TestTokens.commission("110000")).get("/api/v1/partners/" + id).then()
                .statusCode(200).body("nameEn", equalTo("Beijing Institute of Technology"))
                .body("contact", nullValue());
        given().auth().oauth2(TestTokens.partner(UUID.fromString(id))).get("/api/v1/partners/" + id).then()
                .statusCode(200).body("contact.email", notNullValue());
        given().auth().oauth2(TestTokens.partner(UUID.randomUUID())).get("/api/v1/partners/" + id).then()
                .statusCode(200).body("contact", nullValue());
    }
}
