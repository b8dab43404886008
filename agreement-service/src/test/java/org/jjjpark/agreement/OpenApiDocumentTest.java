package org.jjjpark.agreement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jjjpark.testkit.OpenApiChecks;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Integrators build from the OpenAPI document alone; operators probe health. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OpenApiDocumentTest {

    @Test
    void everyOperationHasASummaryAndDocumentsItsErrorsAsProblems() {
        Map<String, Map<String, Map<String, Object>>> paths = openApi().getMap("paths");

        assertThat(paths).containsOnlyKeys("/api/v1/agreements", "/api/v1/agreements/{id}",
                "/api/v1/agreements/{id}/signatures", "/api/v1/agreements/{id}/amendments",
                "/api/v1/agreements/{id}/termination", "/api/v1/agreements/summary");
        assertThat(OpenApiChecks.undocumentedOperations(paths)).isEmpty();
    }

    @Test
    void everyFieldOfOurSchemasHasADescriptionAndEveryEnumItsValues() {
        JsonPath doc = openApi();
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");

        assertThat(schemas).containsKeys("Agreement", "AgreementRequest", "SeatAllocation", "AgreementSummary",
                "Problem");
        assertThat(doc.getList("components.schemas.PartyRole.enum")).contains("PARK", "SPONSOR", "BASE_HOST");
        assertThat(OpenApiChecks.undocumentedFields(schemas)).isEmpty();
    }

    @Test
    void theServiceIsReadyWhenItsDatabaseIs() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
    }

    private static JsonPath openApi() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
    }
}
