package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jjjpark.testkit.OpenApiChecks;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Integrators build from the OpenAPI document alone, so it must describe every operation, field and error. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OpenApiDocumentTest {

    @Test
    void everyOperationHasASummaryAndDocumentsItsErrorsAsProblems() {
        Map<String, Map<String, Map<String, Object>>> paths = openApi().getMap("paths");

        assertThat(paths).containsKeys("/api/v1/plan-lines",
                "/api/v1/admission-configs/{intakeYear}/{sourceProvince}/{batch}", "/api/v1/candidates/imports",
                "/api/v1/candidates/me", "/api/v1/applications", "/api/v1/applications/{id}",
                "/api/v1/applications/{id}/withdrawal", "/api/v1/changes/available", "/api/v1/changes/applications",
                "/api/v1/changes/applications/deletes", "/api/v1/statistics/applications-by-day",
                "/api/v1/statistics/first-choice-demand", "/api/v1/statistics/plan-vs-applications",
                "/api/v1/statistics/seats-by-agreement", "/api/v1/admission-rounds", "/api/v1/admission-rounds/{id}",
                "/api/v1/admission-rounds/{id}/canonical-input", "/api/v1/admission-rounds/{id}/results",
                "/api/v1/applications/{id}/outcome", "/api/v1/applications/{id}/explanation");
        assertThat(OpenApiChecks.undocumentedOperations(paths)).isEmpty();
    }

    @Test
    void everyFieldOfOurSchemasHasADescription() {
        Map<String, Map<String, Object>> schemas = openApi().getMap("components.schemas");

        assertThat(schemas).containsKeys("PlanLine", "AdmissionConfig", "CandidateImport", "Candidate",
                "Application", "ApplicationRequest", "Problem", "AvailableChangeVersions",
                "ChangePageApplicationChangeView", "ApplicationChange", "ChangePageApplicationDeletionView",
                "ApplicationDeletion", "ApplicationNaturalKey", "DailyApplications", "FirstChoiceDemand",
                "PlanVsApplications", "AgreementSeats", "AdmissionRoundRequest", "AdmissionRound", "RoundManifest",
                "RoundCounts", "AdmissionDecision", "AdmissionDecisionPage", "Explanation", "ChoiceTrace", "MajorTrace",
                "Placement");
        assertThat(OpenApiChecks.undocumentedFields(schemas)).isEmpty();
    }

    private static JsonPath openApi() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
    }
}
