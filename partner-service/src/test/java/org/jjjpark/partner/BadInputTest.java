package org.jjjpark.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.testkit.ProblemAssertions.assertProblem;

/**
 * Every kind of bad input gets a 4xx problem+json with a stable code, and no body ever shows how the service
 * is built (stack traces, class names, SQL).
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class BadInputTest {

    @Test
    void malformedJsonIsMalformedJson() {
        var response = PartnerApi.asOperator().contentType(ContentType.JSON).body("{\"type\": \"UNIVERSITY\", ")
                .post("/api/v1/partners").then().extract();

        assertProblem(response, 400, "MALFORMED_JSON");
    }

    @Test
    void aWrongTypeNamesTheField() {
        Map<String, Object> body = new HashMap<>(Fixtures.program(UUID.randomUUID().toString()));
        body.put("durationYears", "four");

        var response = PartnerApi.offer(body).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("durationYears");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        Map<String, Object> body = new HashMap<>(Fixtures.university());
        body.put("type", "SPACE_AGENCY");

        var response = PartnerApi.register(body).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("type");
        assertThat(response.<String>path("errors[0].message")).contains("UNIVERSITY", "ALLIANCE");
    }

    @Test
    void missingFieldsAreEachReported() {
        var response = PartnerApi.register(Map.of("type", "UNIVERSITY")).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<java.util.List<String>>path("errors.field"))
                .contains("nameZh", "nameEn", "identifier", "regionCode");
    }

    @Test
    void aMissingBodyIsReported() {
        var response = PartnerApi.asOperator().contentType(ContentType.JSON).post("/api/v1/partners").then().extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("body");
    }

    @Test
    void anOverlongStringIsReported() {
        Map<String, Object> body = new HashMap<>(Fixtures.university());
        body.put("nameEn", "x".repeat(301));

        var response = PartnerApi.register(body).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("nameEn");
    }

    @Test
    void aWrongCheckCharacterIsAnInvalidIdentifier() {
        Map<String, Object> body = new HashMap<>(Fixtures.enterprise());
        String code = (String) body.get("identifier");
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        body.put("identifier", code.substring(0, 17) + wrong);

        var response = PartnerApi.register(body).extract();

        assertProblem(response, 400, "INVALID_IDENTIFIER");
        assertThat(response.<String>path("errors[0].message")).contains("check character");
    }

    @Test
    void aUniversityNeedsAFiveDigitCode() {
        Map<String, Object> body = new HashMap<>(Fixtures.university());
        body.put("identifier", "ABCDE");

        assertProblem(PartnerApi.register(body).extract(), 400, "INVALID_IDENTIFIER");
    }

    @Test
    void anUnknownRegionIsAnInvalidRegionCode() {
        Map<String, Object> body = new HashMap<>(Fixtures.university());
        body.put("regionCode", "990000");

        assertProblem(PartnerApi.register(body).extract(), 400, "INVALID_REGION_CODE");
    }

    @Test
    void anUnknownFieldIsRefusedNotIgnored() {
        Map<String, Object> body = new HashMap<>(Fixtures.university());
        body.put("status", "INACTIVE");

        var response = PartnerApi.register(body).extract();

        assertProblem(response, 400, "UNKNOWN_FIELD");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("status");
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertProblem(PartnerApi.asOperator().get("/api/v1/partners/" + UUID.randomUUID()).then().extract(), 404,
                "PARTNER_NOT_FOUND");
        assertProblem(PartnerApi.asOperator().get("/api/v1/programs/" + UUID.randomUUID()).then().extract(), 404,
                "PROGRAM_NOT_FOUND");
    }

    @Test
    void anIdThatIsNotAUuidIsNotFound() {
        assertProblem(PartnerApi.asOperator().get("/api/v1/partners/not-a-uuid").then().extract(), 404, "NOT_FOUND");
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertProblem(PartnerApi.asOperator().get("/api/v1/partnersX").then().extract(), 404, "NOT_FOUND");
    }

    @Test
    void aLimitAboveTheCapIsRefused() {
        var response = PartnerApi.asOperator().queryParam("limit", 100_000).get("/api/v1/partners").then().extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("limit");
    }

    @Test
    void aForgedCursorIsAnInvalidCursor() {
        assertProblem(PartnerApi.asOperator().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/partners").then().extract(),
                400, "INVALID_CURSOR");
    }

    @Test
    void anUnknownEnumInAQueryIsReported() {
        var response = PartnerApi.asOperator().queryParam("type", "SPACE_AGENCY").get("/api/v1/partners").then().extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("type");
    }

    @Test
    void aFilterIdThatIsNotAUuidIsReported() {
        assertProblem(PartnerApi.asOperator().queryParam("partnerId", "BIT").get("/api/v1/programs").then().extract(),
                400, "VALIDATION_FAILED");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        var response = PartnerApi.asOperator().contentType(ContentType.XML).body("<partner/>").post("/api/v1/partners")
                .then().extract();

        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anIllFormedIfMatchIsReported() {
        String id = PartnerApi.registered(Fixtures.enterprise());

        var response = PartnerApi.asOperator().header("If-Match", "yesterday").post("/api/v1/partners/" + id + "/deactivation")
                .then().extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
    }

    @Test
    void anOversizedIdempotencyKeyIsReported() {
        var response = PartnerApi.asOperator().contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(201))
                .body(Fixtures.university()).post("/api/v1/partners").then().extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
    }

    @Test
    void aBodyOverTheLimitIsPayloadTooLargeAsAProblem() {
        Map<String, Object> body = new HashMap<>(Fixtures.university());
        body.put("nameEn", "x".repeat(1_100_000));

        assertProblem(PartnerApi.register(body).extract(), 413, "PAYLOAD_TOO_LARGE");
    }
}
