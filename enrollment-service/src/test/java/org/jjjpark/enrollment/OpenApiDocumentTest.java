package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Integrators build from the OpenAPI document alone, so it must describe every operation, field and error. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OpenApiDocumentTest {

    @Test
    void everyOperationHasASummaryAndDocumentsItsErrorsAsProblems() {
        JsonPath doc = openApi();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null) {
                missing.add(name + ": summary");
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            boolean documentsAProblem = responses.entrySet().stream()
                    .anyMatch(r -> r.getKey().startsWith("4") && String.valueOf(r.getValue().get("content"))
                            .contains("application/problem+json"));
            if (!documentsAProblem) {
                missing.add(name + ": a 4xx problem+json response");
            }
        }));

        assertThat(paths).containsKeys("/api/v1/plan-lines", "/api/v1/admission-configs/{intakeYear}/{sourceProvince}/{batch}",
                "/api/v1/candidates/imports", "/api/v1/candidates/me", "/api/v1/applications",
                "/api/v1/applications/{id}", "/api/v1/applications/{id}/withdrawal");
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFieldOfOurSchemasHasADescription() {
        JsonPath doc = openApi();
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        List<String> undocumented = new ArrayList<>();
        schemas.forEach((schema, definition) -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) definition.get("properties");
            if (properties != null) {
                properties.forEach((field, property) -> {
                    if (property.get("description") == null && property.get("$ref") == null
                            && property.get("allOf") == null) {
                        undocumented.add(schema + "." + field);
                    }
                });
            }
        });

        assertThat(schemas).containsKeys("PlanLine", "AdmissionConfig", "CandidateImport", "Candidate",
                "Application", "ApplicationRequest", "Problem");
        assertThat(undocumented).isEmpty();
    }

    private static JsonPath openApi() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
    }
}
