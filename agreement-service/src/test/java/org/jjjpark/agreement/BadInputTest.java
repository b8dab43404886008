package org.jjjpark.agreement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.testkit.ProblemAssertions.assertProblem;

/**
 * Every kind of bad input gets a 4xx problem+json with a stable code and the offending field, and no body ever
 * shows how the service is built (stack traces, class names, SQL).
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class BadInputTest {

    private final UUID park = Replica.park();
    private final UUID university = Replica.university();
    private final UUID program = Replica.program(university);

    @Test
    void malformedJsonIsMalformedJson() {
        var response = AgreementApi.asOperator().contentType(ContentType.JSON).body("{\"type\": \"ORDER_CLASS\", ")
                .post("/api/v1/agreements").then().extract();

        assertProblem(response, 400, "MALFORMED_JSON");
    }

    @Test
    void aWrongTypeNamesTheField() {
        Map<String, Object> body = Drafts.coConstruction(park, university, program);
        body.put("allocations", List.of(Map.of("programId", program.toString(), "intakeYear", 2024,
                "planProvince", "110000", "sourceProvince", "130000", "planType", "GENERAL", "seats", "many")));

        var response = AgreementApi.draft(body).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("allocations[0].seats");
    }

    @Test
    void aDateInAnotherFormatNamesTheField() {
        Map<String, Object> body = Drafts.coConstruction(park, university, program);
        body.put("effectiveFrom", "21/02/2024");

        var response = AgreementApi.draft(body).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("effectiveFrom");
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() {
        Map<String, Object> badType = Drafts.coConstruction(park, university, program);
        badType.put("type", "JOINT_VENTURE");
        Map<String, Object> badRole = Drafts.coConstruction(park, university, program);
        badRole.put("parties", List.of(Drafts.party(park, "OWNER"), Drafts.party(university, "UNIVERSITY")));
        Map<String, Object> badPlan = Drafts.coConstruction(park, university, program);
        badPlan.put("allocations", List.of(Drafts.allocation(program, 2024, "110000", "130000", "LOTTERY", 5)));

        var type = AgreementApi.draft(badType).extract();
        var role = AgreementApi.draft(badRole).extract();
        var plan = AgreementApi.draft(badPlan).extract();

        assertProblem(type, 400, "VALIDATION_FAILED");
        assertThat(type.<String>path("errors[0].message")).contains("CO_CONSTRUCTION", "ORDER_CLASS");
        assertProblem(role, 400, "VALIDATION_FAILED");
        assertThat(role.<String>path("errors[0].field")).isEqualTo("parties[0].role");
        assertThat(role.<String>path("errors[0].message")).contains("PARK", "SPONSOR", "BASE_HOST");
        assertProblem(plan, 400, "VALIDATION_FAILED");
        assertThat(plan.<String>path("errors[0].field")).isEqualTo("allocations[0].planType");
    }

    @Test
    void missingFieldsAreEachReported() {
        var response = AgreementApi.draft(Map.of("type", "ORDER_CLASS")).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<List<String>>path("errors.field")).contains("reference", "title", "parties",
                "effectiveFrom", "effectiveTo", "document");
    }

    @Test
    void aMissingBodyIsReported() {
        var response = AgreementApi.asOperator().contentType(ContentType.JSON).post("/api/v1/agreements").then()
                .extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("body");
    }

    @Test
    void overLongStringsAreReported() {
        Map<String, Object> body = Drafts.coConstruction(park, university, program);
        body.put("title", "x".repeat(201));
        body.put("reference", "R".repeat(51));

        var response = AgreementApi.draft(body).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<List<String>>path("errors.field")).containsExactly("reference", "title");
    }

    @Test
    void seatsAndProvincesOutsideTheirRangeAreReported() {
        Map<String, Object> body = Drafts.coConstruction(park, university, program);
        body.put("allocations", List.of(Drafts.allocation(program, 2024, "130100", "990000", "GENERAL", 0)));

        var response = AgreementApi.draft(body).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<List<String>>path("errors.field")).containsExactly("allocations[0].planProvince",
                "allocations[0].seats", "allocations[0].sourceProvince");
    }

    @Test
    void aDocumentWithoutAProperHashOrUriIsReported() {
        Map<String, Object> body = Drafts.coConstruction(park, university, program);
        body.put("document", Map.of("sha256", "abc", "uri", "the shared drive"));

        var response = AgreementApi.draft(body).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<List<String>>path("errors.field")).containsExactly("document.sha256", "document.uri");
    }

    @Test
    void anAgreementNeedsTwoParties() {
        Map<String, Object> body = Drafts.internshipBase(park, university);
        body.put("parties", List.of(Drafts.party(park, "PARK")));

        var response = AgreementApi.draft(body).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("parties");
    }

    @Test
    void anUnknownFieldIsRefusedNotIgnored() {
        Map<String, Object> body = Drafts.coConstruction(park, university, program);
        body.put("status", "ACTIVE");

        var response = AgreementApi.draft(body).extract();

        assertProblem(response, 400, "UNKNOWN_FIELD");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("status");
    }

    @Test
    void aSignatureDatedInTheFutureIsReported() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));

        var response = AgreementApi.asOperator().contentType(ContentType.JSON)
                .body(Map.of("partyId", park.toString(), "signer", "Dean",
                        "signedAt", OffsetDateTime.now().plusDays(2).toString()))
                .post("/api/v1/agreements/" + id + "/signatures").then().extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("signedAt");
    }

    @Test
    void anOperatorNamesThePartyItSignsFor() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));

        var response = AgreementApi.asOperator().contentType(ContentType.JSON).body(Map.of("signer", "Dean"))
                .post("/api/v1/agreements/" + id + "/signatures").then().extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("partyId");
    }

    @Test
    void anAmendmentWithoutAllocationsOrReasonIsReported() {
        var response = AgreementApi.amend(UUID.randomUUID().toString(), Map.of("allocations", List.of())).extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.<List<String>>path("errors.field")).containsExactly("allocations", "reason");
    }

    @Test
    void anUnknownIdIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        assertProblem(AgreementApi.get(unknown).extract(), 404, "AGREEMENT_NOT_FOUND");
        assertProblem(AgreementApi.sign(unknown, park).extract(), 404, "AGREEMENT_NOT_FOUND");
        assertProblem(AgreementApi.terminate(unknown).extract(), 404, "AGREEMENT_NOT_FOUND");
    }

    @Test
    void anIdThatIsNotAUuidIsNotFound() {
        assertProblem(AgreementApi.get("JJJP-2024-CC-001").extract(), 404, "NOT_FOUND");
    }

    @Test
    void badQueryParametersAreReportedByName() {
        for (Map.Entry<String, String> parameter : Map.of("type", "JOINT_VENTURE", "status", "PENDING",
                "partyId", "BIT", "regionCode", "13", "year", "twenty", "limit", "100000").entrySet()) {
            var response = AgreementApi.asOperator().queryParam(parameter.getKey(), parameter.getValue())
                    .get("/api/v1/agreements").then().extract();

            assertProblem(response, 400, "VALIDATION_FAILED");
            assertThat(response.<String>path("errors[0].field")).isEqualTo(parameter.getKey());
        }
    }

    @Test
    void aForgedCursorIsAnInvalidCursor() {
        assertProblem(AgreementApi.asOperator().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/agreements")
                .then().extract(), 400, "INVALID_CURSOR");
    }

    @Test
    void aBadSummaryYearIsReported() {
        assertProblem(AgreementApi.asOperator().queryParam("year", "1999").get("/api/v1/agreements/summary")
                .then().extract(), 400, "VALIDATION_FAILED");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        assertProblem(AgreementApi.asOperator().contentType(ContentType.XML).body("<agreement/>")
                .post("/api/v1/agreements").then().extract(), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anIllFormedIfMatchIsReported() {
        var response = AgreementApi.asOperator().contentType(ContentType.JSON).header("If-Match", "yesterday")
                .body(Map.of("reason", "r")).post("/api/v1/agreements/" + UUID.randomUUID() + "/termination")
                .then().extract();

        assertProblem(response, 400, "VALIDATION_FAILED");
    }
}
