package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.testkit.ProblemAssertions.assertProblem;

/** Every kind of bad input gets a 4xx problem+json with a stable code, never a 500 or a stack trace. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class BadInputTest {

    final String applicant = TestTokens.applicant(UUID.randomUUID());
    final String commission = TestTokens.commission("130000");

    @Test
    void malformedJsonIsMalformedJson() {
        assertProblem(given().auth().oauth2(applicant).contentType(ContentType.JSON).body("{\"batch\": ")
                .post("/api/v1/applications").then().extract(), 400, "MALFORMED_JSON");
    }

    @Test
    void anUnknownBatchListsTheAllowedOnes() {
        var response = given().auth().oauth2(applicant).contentType(ContentType.JSON)
                .body(Map.of("batch", "POSTGRADUATE", "choices", List.of())).post("/api/v1/applications").then()
                .extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].message")).contains("UNDERGRADUATE");
    }

    @Test
    void aChoiceWithoutMajorsOrAMajorThatIsNotAUuidIsReported() {
        assertProblem(given().auth().oauth2(applicant).contentType(ContentType.JSON)
                .body(Map.of("batch", "UNDERGRADUATE", "choices", List.of(Map.of("majors", List.of(),
                        "acceptAdjustment", true)))).post("/api/v1/applications").then().extract(), 400,
                "VALIDATION_FAILED");
        assertProblem(given().auth().oauth2(applicant).contentType(ContentType.JSON)
                .body(Map.of("batch", "UNDERGRADUATE", "choices", List.of(Map.of("majors", List.of("BIT-AI"),
                        "acceptAdjustment", true)))).post("/api/v1/applications").then().extract(), 400,
                "VALIDATION_FAILED");
    }

    @Test
    void aScoreOutOfRangeOrAWrongTypeInAnImportNamesTheField() {
        Map<String, Object> record = Candidates.record();
        record.put("totalScore", 751);
        var response = Candidates.importAs(commission, "130000", 2026, List.of(record)).extract();
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<List<String>>path("errors.field")).anyMatch(f -> f.contains("totalScore"));

        record.put("totalScore", "six hundred");
        assertProblem(Candidates.importAs(commission, "130000", 2026, List.of(record)).extract(), 400,
                "VALIDATION_FAILED");
    }

    @Test
    void anEmptyOrOversizedImportIsRefused() {
        assertProblem(Candidates.importAs(commission, "130000", 2026, List.of()).extract(), 400, "VALIDATION_FAILED");
        assertProblem(Candidates.importAs(commission, "130000", 2026, Candidates.records(5001)).extract(), 400,
                "VALIDATION_FAILED");
    }

    @Test
    void anIllFormedIfMatchOrIdIsReported() {
        assertProblem(given().auth().oauth2(applicant).contentType(ContentType.JSON).header("If-Match", "yesterday")
                .body(Map.of("choices", List.of(Map.of("majors", List.of(UUID.randomUUID().toString()),
                        "acceptAdjustment", true))))
                .put("/api/v1/applications/" + UUID.randomUUID()).then().extract(), 400, "VALIDATION_FAILED");
        assertProblem(given().auth().oauth2(applicant).get("/api/v1/applications/not-a-uuid").then().extract(), 404,
                "NOT_FOUND");
    }

    @Test
    void badQueryParametersAreReported() {
        String operator = TestTokens.operator();
        assertProblem(given().auth().oauth2(operator).queryParam("limit", 100_000).get("/api/v1/plan-lines").then()
                .extract(), 400, "VALIDATION_FAILED");
        assertProblem(given().auth().oauth2(operator).queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/api/v1/plan-lines").then().extract(), 400, "INVALID_CURSOR");
        assertProblem(given().auth().oauth2(operator).queryParam("status", "HALF_OPEN").get("/api/v1/plan-lines")
                .then().extract(), 400, "VALIDATION_FAILED");
        assertProblem(given().auth().oauth2(operator).get("/api/v1/admission-configs").then().extract(), 400,
                "VALIDATION_FAILED");
    }

    @Test
    void badChangeFeedRangesAndLimitsAreReportedNamingTheParameter() {
        String commission = TestTokens.commission("110000");
        Map<Map<String, Object>, String> cases = Map.of(
                Map.of("minChangeVersion", 9, "maxChangeVersion", 3), "minChangeVersion",
                Map.of("minChangeVersion", -1), "minChangeVersion",
                Map.of("maxChangeVersion", -5), "maxChangeVersion",
                Map.of("minChangeVersion", "seven"), "minChangeVersion",
                Map.of("maxChangeVersion", "99999999999999999999"), "maxChangeVersion",
                Map.of("limit", 0), "limit",
                Map.of("limit", 501), "limit",
                Map.of("limit", "ten"), "limit");
        cases.forEach((parameters, field) -> {
            for (String feed : List.of("/api/v1/changes/applications", "/api/v1/changes/applications/deletes")) {
                var response = given().auth().oauth2(commission).queryParams(parameters).get(feed).then().extract();
                assertProblem(response, 400, "VALIDATION_FAILED");
                assertThat(response.<String>path("errors[0].field")).as(parameters + " on " + feed).isEqualTo(field);
            }
        });
    }

    @Test
    void textWithANulCharacterIsRefusedNotAServerError() {
        // Found by the hostile-input run: PostgreSQL refuses NUL in text, which reached the client as a 500.
        Map<String, Object> record = Candidates.record();
        record.put("name", "nul\u0000inside");

        assertProblem(Candidates.importAs(commission, "130000", 2026, List.of(record)).extract(), 400,
                "VALIDATION_FAILED");
    }

    @Test
    void aContentTypeThatIsNotAMediaTypeIsUnsupportedNotAServerError() {
        // Found by the hostile-input run: an operation that consumes two media types could not parse it (500).
        for (String type : List.of("json", "application/")) {
            assertProblem(given().auth().oauth2(commission).contentType(type)
                    .body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/v1/candidates/imports").then().extract(), 415, "UNSUPPORTED_MEDIA_TYPE");
        }
    }

    @Test
    void anAdmissionRoundWithAnIdempotencyKeyIsHandledLikeOneWithout() {
        // Found by the hostile-input run: the key's lookup ran before the round's snapshot was set up (500).
        var response = given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "round-" + UUID.randomUUID())
                .body(Map.of("intakeYear", 2037, "sourceProvince", "110000", "batch", "UNDERGRADUATE"))
                .post("/api/v1/admission-rounds").then().extract();

        assertProblem(response, 422, "ADMISSION_CONFIG_NOT_FOUND");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        assertProblem(given().auth().oauth2(applicant).contentType(ContentType.XML).body("<application/>")
                .post("/api/v1/applications").then().extract(), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void statisticsFiltersThatCannotBeReadAreValidationProblemsInEitherFormat() {
        String operator = TestTokens.operator();
        List<Map<String, Object>> badQueries = List.of(Map.of("intakeYear", "20x6"), Map.of("intakeYear", 1999),
                Map.of("sourceProvince", "13"), Map.of("batch", "POSTGRADUATE"), Map.of("status", "LOCKED_OUT"),
                Map.of("planType", "VIP"), Map.of("programId", "BIT-AI"), Map.of("from", "2026-13-01"),
                Map.of("to", "yesterday"), Map.of("limit", 0), Map.of("limit", 501), Map.of("separator", "|"),
                Map.of("separator", "tab"));
        for (Map<String, Object> query : badQueries) {
            for (String accept : List.of("application/json", "text/csv")) {
                assertProblem(given().auth().oauth2(operator).accept(accept).queryParams(query)
                        .get("/api/v1/statistics/applications-by-day").then().extract(), 400, "VALIDATION_FAILED");
            }
        }
        assertProblem(given().auth().oauth2(operator).queryParam("level", "UNIT")
                .get("/api/v1/statistics/first-choice-demand").then().extract(), 400, "VALIDATION_FAILED");
        assertProblem(given().auth().oauth2(operator).queryParam("agreementId", "JJJP-2024")
                .get("/api/v1/statistics/seats-by-agreement").then().extract(), 400, "VALIDATION_FAILED");
    }

    @Test
    void aStatisticsCursorThatThisListDidNotIssueIsAnInvalidCursor() {
        String operator = TestTokens.operator();
        String planLinesCursor = org.jjjpark.http.paging.Cursor.encode("2026-11-29T09:00:00Z", UUID.randomUUID().toString());
        String wrongTypes = org.jjjpark.http.paging.Cursor.encode("2026", "130000", "UNDERGRADUATE", "not-a-uuid",
                "SUBMITTED", "2026-06-25");
        for (String cursor : List.of("bm90LWEtY3Vyc29y", "%%%", planLinesCursor, wrongTypes)) {
            for (String statistic : List.of("applications-by-day", "first-choice-demand", "plan-vs-applications",
                    "seats-by-agreement")) {
                assertProblem(given().auth().oauth2(operator).queryParam("cursor", cursor)
                        .get("/api/v1/statistics/" + statistic).then().extract(), 400, "INVALID_CURSOR");
            }
        }
    }

    @Test
    void statisticsInAFormatWeDoNotProduceAreNotAcceptable() {
        assertProblem(given().auth().oauth2(TestTokens.operator()).accept("application/xml")
                .get("/api/v1/statistics/seats-by-agreement").then().extract(), 406, "NOT_ACCEPTABLE");
    }
}
