package org.jjjpark.agreement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jjjpark.agreement.rest.AgreementResource;
import org.jjjpark.agreement.rest.SummaryResource;
import org.jjjpark.http.security.EndpointAccessRules;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Operators do everything; a partner reads and signs only the agreements it is party to, and another's is "not
 * found"; commissions read the summary; applicants nothing (ARCHITECTURE §6).
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class AccessRulesTest {

    private final UUID park = Replica.park();
    private final UUID university = Replica.university();
    private final UUID program = Replica.program(university);
    private final UUID outsider = Replica.university();

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        assertThat(EndpointAccessRules.undeclared(List.of(AgreementResource.class, SummaryResource.class))).isEmpty();
    }

    @Test
    void withoutAValidTokenNothingIsServed() {
        for (String token : List.of(TestTokens.expiredOperator(), TestTokens.operatorSignedByAnotherKey(),
                TestTokens.operatorWithoutSignature(), "not-a-jwt")) {
            given().auth().oauth2(token).get("/api/v1/agreements").then().statusCode(401);
        }
        given().get("/api/v1/agreements").then().statusCode(401);
        given().get("/api/v1/agreements/summary").then().statusCode(401);
    }

    @Test
    void aPartnerListsOnlyTheAgreementsItIsPartyTo() {
        String own = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        String others = AgreementApi.drafted(Drafts.internshipBase(park, outsider));

        List<String> listed = given().auth().oauth2(TestTokens.partner(university)).queryParam("limit", 500)
                .get("/api/v1/agreements").then().statusCode(200).extract().path("items.id");
        List<String> askedForAnother = given().auth().oauth2(TestTokens.partner(university))
                .queryParam("partyId", outsider.toString())
                .get("/api/v1/agreements").then().statusCode(200).extract().path("items.id");

        assertThat(listed).contains(own).doesNotContain(others);
        assertThat(askedForAnother).isEmpty();
    }

    @Test
    void anotherPartnersAgreementIsNotFoundRatherThanForbidden() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));

        given().auth().oauth2(TestTokens.partner(university)).get("/api/v1/agreements/" + id).then()
                .statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(TestTokens.partner(outsider)).get("/api/v1/agreements/" + id).then()
                .statusCode(404).body("code", equalTo("AGREEMENT_NOT_FOUND"));
        signAs(outsider, id, Map.of("signer", "Dean")).statusCode(404).body("code", equalTo("AGREEMENT_NOT_FOUND"));
    }

    @Test
    void aPartnerRecordsItsOwnSignatureAndNoOtherPartys() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));

        signAs(university, id, Map.of("signer", "President, Test University")).statusCode(200)
                .body("parties[1].signer", equalTo("President, Test University"));
        signAs(university, id, Map.of("partyId", park.toString(), "signer", "President, Test University"))
                .statusCode(403).body("code", equalTo("SIGNATURE_FOR_ANOTHER_PARTY"));
        AgreementApi.get(id).body("parties[0].signedAt", equalTo(null));
    }

    @Test
    void onlyOperatorsDraftAmendAndTerminate() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        for (String token : List.of(TestTokens.partner(university), TestTokens.commission("130000"),
                TestTokens.applicant(UUID.randomUUID()))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Drafts.internshipBase(park, university))
                    .post("/api/v1/agreements").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "r",
                            "allocations", List.of(Drafts.allocation(program, 2024, "110000", "130000", "GENERAL", 5))))
                    .post("/api/v1/agreements/" + id + "/amendments").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "r"))
                    .post("/api/v1/agreements/" + id + "/termination").then().statusCode(403);
        }
    }

    @Test
    void commissionsReadTheSummaryButNoAgreement() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        String commission = TestTokens.commission("120000");

        given().auth().oauth2(commission).get("/api/v1/agreements/summary").then().statusCode(200);
        given().auth().oauth2(commission).get("/api/v1/agreements").then().statusCode(403);
        given().auth().oauth2(commission).get("/api/v1/agreements/" + id).then().statusCode(403);
    }

    @Test
    void applicantsAndPartnersReadNoSummary() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        String applicant = TestTokens.applicant(UUID.randomUUID());

        given().auth().oauth2(applicant).get("/api/v1/agreements").then().statusCode(403);
        given().auth().oauth2(applicant).get("/api/v1/agreements/" + id).then().statusCode(403);
        given().auth().oauth2(applicant).get("/api/v1/agreements/summary").then().statusCode(403);
        given().auth().oauth2(TestTokens.partner(university)).get("/api/v1/agreements/summary").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse signAs(UUID partner, String id, Map<String, ?> body) {
        return given().auth().oauth2(TestTokens.partner(partner)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/agreements/" + id + "/signatures").then();
    }
}
