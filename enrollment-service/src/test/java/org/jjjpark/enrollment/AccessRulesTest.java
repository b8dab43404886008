package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jjjpark.enrollment.rest.AdmissionConfigResource;
import org.jjjpark.enrollment.rest.AdmissionRoundResource;
import org.jjjpark.enrollment.rest.ApplicationResource;
import org.jjjpark.enrollment.rest.CandidateResource;
import org.jjjpark.enrollment.rest.ChangeFeedResource;
import org.jjjpark.enrollment.rest.PlanLineResource;
import org.jjjpark.enrollment.rest.StatisticsResource;
import org.jjjpark.http.security.EndpointAccessRules;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ARCHITECTURE §6: operators set admission rules, commissions handle their province's candidates, applicants
 * their own record and applications, every authenticated caller reads the public plan, operators and
 * commissions read the change feed and statistics; nobody else gets in.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class AccessRulesTest {

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        assertThat(EndpointAccessRules.undeclared(List.of(PlanLineResource.class, AdmissionConfigResource.class,
                CandidateResource.class, ApplicationResource.class, ChangeFeedResource.class,
                StatisticsResource.class, AdmissionRoundResource.class))).isEmpty();
    }

    @Test
    void withoutAValidTokenNothingIsServed() {
        for (String path : List.of("/api/v1/plan-lines", "/api/v1/admission-configs?intakeYear=2026",
                "/api/v1/candidates/me", "/api/v1/applications", "/api/v1/changes/available",
                "/api/v1/statistics/applications-by-day",
                "/api/v1/statistics/first-choice-demand", "/api/v1/statistics/plan-vs-applications",
                "/api/v1/statistics/seats-by-agreement")) {
            for (String token : List.of(TestTokens.expiredOperator(), TestTokens.operatorSignedByAnotherKey(),
                    TestTokens.operatorWithoutSignature(), "not-a-jwt")) {
                given().auth().oauth2(token).get(path).then().statusCode(401);
            }
            given().get(path).then().statusCode(401);
        }
    }

    @Test
    void thePlanAndTheRulesArePublicToEveryAuthenticatedCaller() {
        for (String token : List.of(TestTokens.operator(), TestTokens.commission("110000"),
                TestTokens.partner(java.util.UUID.randomUUID()), TestTokens.applicant(java.util.UUID.randomUUID()))) {
            given().auth().oauth2(token).get("/api/v1/plan-lines").then().statusCode(200);
            given().auth().oauth2(token).get("/api/v1/admission-configs?intakeYear=2026").then().statusCode(200);
        }
    }

    @Test
    void anApplicantCannotImportCandidatesOrSetRules() {
        String applicant = TestTokens.applicant(java.util.UUID.randomUUID());
        given().auth().oauth2(applicant).contentType(ContentType.JSON)
                .body(Map.of("provinceCode", "130000", "examYear", 2026, "candidates", List.of(Candidates.record())))
                .post("/api/v1/candidates/imports").then().statusCode(403);
        given().auth().oauth2(applicant).contentType(ContentType.JSON).body(Fixtures.openWindow(96, 1))
                .put("/api/v1/admission-configs/2026/130000/UNDERGRADUATE").then().statusCode(403);
    }

    @Test
    void onlyOperatorsAndCommissionsReadTheChangeFeed() {
        List<String> feeds = List.of("/api/v1/changes/available", "/api/v1/changes/applications",
                "/api/v1/changes/applications/deletes");
        for (String token : List.of(TestTokens.applicant(java.util.UUID.randomUUID()),
                TestTokens.partner(java.util.UUID.randomUUID()))) {
            feeds.forEach(feed -> given().auth().oauth2(token).get(feed).then().statusCode(403));
        }
        for (String token : List.of(TestTokens.operator(), TestTokens.commission("120000"))) {
            feeds.forEach(feed -> given().auth().oauth2(token).get(feed).then().statusCode(200));
        }
    }

    @Test
    void statisticsAreForCommissionsAndOperatorsOnly() {
        for (String statistic : List.of("applications-by-day", "first-choice-demand", "plan-vs-applications",
                "seats-by-agreement")) {
            for (String token : List.of(TestTokens.applicant(java.util.UUID.randomUUID()),
                    TestTokens.partner(java.util.UUID.randomUUID()))) {
                given().auth().oauth2(token).get("/api/v1/statistics/" + statistic).then().statusCode(403);
                given().auth().oauth2(token).accept("text/csv").get("/api/v1/statistics/" + statistic).then()
                        .statusCode(403);
            }
            for (String token : List.of(TestTokens.operator(), TestTokens.commission("120000"))) {
                given().auth().oauth2(token).get("/api/v1/statistics/" + statistic).then().statusCode(200);
            }
        }
    }
}
