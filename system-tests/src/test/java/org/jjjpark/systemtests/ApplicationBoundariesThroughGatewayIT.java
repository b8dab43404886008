package org.jjjpark.systemtests;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.jjjpark.testkit.candidates.SyntheticCandidate;
import org.jjjpark.testkit.candidates.SyntheticCandidates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

/**
 * An applicant's way through the platform, every request through the gateway and every service as in production:
 * the Hebei commission registers its candidates, a candidate signs up, gets a token, submits a list, edits it
 * with {@code If-Match} and reads it back; nobody else reaches it.
 *
 * <p>Once for the class the operator sets up the park: a university program with seats for Hebei from an
 * agreement signed by every party (which enrollment-service learns of from {@code agreement.events}) and an open
 * filling window.
 */
@ExtendWith(RunningPlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicantJourneyThroughGatewayIT {

    private static final String HEBEI = "130000";
    private static final String BEIJING = "110000";
    private static final int YEAR = LocalDate.now().getYear();
    private static final String PASSWORD = "journey through the park";

    private Gateway gateway;
    private ParkOperator operator;
    private String parkId;
    private String universityId;
    private String programId;
    private String planLineId;
    private String hebeiCommission;
    private List<SyntheticCandidate> physicsCandidates;
    private List<String> candidateIds;

    @BeforeAll
    void theParkIsSetUpAndTheHebeiCommissionRegistersItsCandidates(RunningPlatform platform) {
        gateway = new Gateway(platform);
        operator = new ParkOperator(gateway);
        parkId = operator.registered("/api/v1/partners", ParkRequests.parkHost());
        universityId = operator.registered("/api/v1/partners", ParkRequests.university("Hebei University of Technology"));
        programId = operator.registered("/api/v1/programs", ParkRequests.artificialIntelligence(universityId));
        String agreementId = activeAgreement();
        planLineId = openPlanLineOf(agreementId);
        gateway.asOperator().body(openWindow()).put("/api/v1/admission-configs/" + YEAR + "/" + HEBEI + "/UNDERGRADUATE")
                .then().statusCode(oneOf(200, 201));

        // The program asks for physics; Hebei's history-track candidates could not apply to it.
        physicsCandidates = new SyntheticCandidates(HEBEI, YEAR, 20251129L).range(0, 40).stream()
                .filter(c -> c.subjects().contains("PHYSICS")).limit(4).toList();
        hebeiCommission = gateway.commissionClientToken(HEBEI);
        candidateIds = gateway.as(hebeiCommission)
                .body(Map.of("provinceCode", HEBEI, "examYear", YEAR,
                        "candidates", physicsCandidates.stream().map(SyntheticCandidate::importRecord).toList()))
                .post("/api/v1/candidates/imports").then().statusCode(200).extract().path("outcomes.candidateId");
    }

    @Test
    void aRegisteredCandidateSignsUpSubmitsEditsWithIfMatchAndReadsTheirApplicationBack() {
        SyntheticCandidate candidate = physicsCandidates.get(0);
        String token = signedUpApplicant(candidate);
        Map<String, Object> list = Map.of("batch", "UNDERGRADUATE",
                "choices", List.of(Map.of("majors", List.of(planLineId), "acceptAdjustment", false)));
        String idempotencyKey = UUID.randomUUID().toString();

        ExtractableResponse<Response> submitted = gateway.as(token).header("Idempotency-Key", idempotencyKey)
                .body(list).post("/api/v1/applications").then()
                .statusCode(201).body("status", equalTo("SUBMITTED")).extract();
        String id = submitted.path("id");
        String retried = gateway.as(token).header("Idempotency-Key", idempotencyKey).body(list)
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        assertThat(retried).as("a retry with the same key returns the first result").isEqualTo(id);

        Map<String, Object> edit = Map.of("choices",
                List.of(Map.of("majors", List.of(planLineId), "acceptAdjustment", true)));
        String newTag = gateway.as(token).header("If-Match", submitted.header("ETag")).body(edit)
                .put("/api/v1/applications/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(newTag).isNotEqualTo(submitted.header("ETag"));
        gateway.as(token).header("If-Match", submitted.header("ETag")).body(edit)
                .put("/api/v1/applications/" + id).then()
                .statusCode(412).body("code", equalTo("VERSION_MISMATCH"));

        gateway.as(token).get("/api/v1/applications/" + id).then()
                .statusCode(200)
                .header("ETag", newTag)
                .body("choices[0].acceptAdjustment", equalTo(true))
                .body("choices[0].majors[0]", equalTo(planLineId))
                .body("intakeYear", equalTo(YEAR))
                .body("sourceProvince", equalTo(HEBEI));
        gateway.as(token).get("/api/v1/candidates/me").then()
                .statusCode(200)
                .body("id", equalTo(candidateIds.get(0)))
                .body("examNumber", equalTo(candidate.examNumber()))
                .body("idNumberMasked", equalTo(candidate.idNumber().substring(0, 6) + "********"
                        + candidate.idNumber().substring(14)))
                .body("idNumber", equalTo(null));
    }

    @Test
    void anotherApplicantIsToldTheApplicationDoesNotExist() {
        String owner = signedUpApplicant(physicsCandidates.get(1));
        String other = signedUpApplicant(physicsCandidates.get(2));
        String id = gateway.as(owner).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("batch", "UNDERGRADUATE",
                        "choices", List.of(Map.of("majors", List.of(planLineId), "acceptAdjustment", true))))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");

        gateway.as(other).get("/api/v1/applications/" + id).then()
                .statusCode(404).body("code", equalTo("APPLICATION_NOT_FOUND"));
        gateway.as(other).header("If-Match", "\"1\"").body(Map.of("choices",
                        List.of(Map.of("majors", List.of(planLineId), "acceptAdjustment", false))))
                .put("/api/v1/applications/" + id).then().statusCode(404);
    }

    @Test
    void throughTheChangeFeedTheHebeiCommissionReceivesHebeiApplicationsAndBeijingsNone() {
        String applicant = signedUpApplicant(physicsCandidates.get(3));
        String id = gateway.as(applicant).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("batch", "UNDERGRADUATE",
                        "choices", List.of(Map.of("majors", List.of(planLineId), "acceptAdjustment", true))))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        String beijing = gateway.commissionClientToken(BEIJING);

        await("the submission is in the feed once every earlier write has committed").atMost(Duration.ofSeconds(10))
                .until(() -> changedApplicationField(hebeiCommission, "id").contains(id));
        assertThat(changedApplicationField(hebeiCommission, "key.sourceProvince")).allMatch(HEBEI::equals);
        assertThat(changedApplicationField(beijing, "key.sourceProvince")).allMatch(BEIJING::equals);
        assertThat(changedApplicationField(beijing, "id")).doesNotContain(id);
    }

    @Test
    void theBeijingCommissionNeverReceivesHebeiCandidates() {
        String beijing = gateway.commissionClientToken(BEIJING);

        for (String id : candidateIds) {
            gateway.as(beijing).get("/api/v1/candidates/" + id).then()
                    .statusCode(404).body("code", equalTo("CANDIDATE_NOT_FOUND"));
            gateway.as(hebeiCommission).get("/api/v1/candidates/" + id).then()
                    .statusCode(200).body("provinceCode", equalTo(HEBEI));
        }
        gateway.as(beijing).body(Map.of("provinceCode", HEBEI, "examYear", YEAR,
                        "candidates", List.of(physicsCandidates.get(0).importRecord())))
                .post("/api/v1/candidates/imports").then().statusCode(403);
    }

    @Test
    void aTerminatedAgreementClosesItsPlanAndNewListsNamingItAreRefused() {
        String agreementId = activeAgreement();
        String doomedLine = openPlanLineOf(agreementId);
        gateway.asOperator().body(Map.of("reason", "The university withdrew from the park"))
                .post("/api/v1/agreements/" + agreementId + "/termination").then().statusCode(200);
        await("enrollment-service closes the line on AgreementTerminated").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> planLinesOf(agreementId).path("items[0].status"), "CLOSED"::equals);

        SyntheticCandidate candidate = new SyntheticCandidates(HEBEI, YEAR, 20251129L).range(40, 40).stream()
                .filter(c -> c.subjects().contains("PHYSICS")).findFirst().orElseThrow();
        gateway.as(hebeiCommission).body(Map.of("provinceCode", HEBEI, "examYear", YEAR,
                "candidates", List.of(candidate.importRecord()))).post("/api/v1/candidates/imports")
                .then().statusCode(200);
        gateway.as(signedUpApplicant(candidate)).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("batch", "UNDERGRADUATE",
                        "choices", List.of(Map.of("majors", List.of(doomedLine), "acceptAdjustment", true))))
                .post("/api/v1/applications").then()
                .statusCode(422).body("code", equalTo("PLAN_CLOSED"));
    }

    /** One field of every application change the client may see, up to the newest available version. */
    private List<String> changedApplicationField(String token, String field) {
        long available = gateway.as(token).get("/api/v1/changes/available").then().statusCode(200)
                .extract().<Number>path("newestChangeVersion").longValue();
        return gateway.as(token).queryParam("maxChangeVersion", available).queryParam("limit", 500)
                .get("/api/v1/changes/applications").then().statusCode(200).extract().path("items." + field);
    }

    /** A co-construction with 30 Hebei seats in the program, signed by the park and the university. */
    private String activeAgreement() {
        String agreementId = operator.drafted(ParkRequests.coConstruction(
                "JRN-" + UUID.randomUUID().toString().substring(0, 8), parkId, universityId, programId));
        operator.signedByEveryParty(agreementId, List.of(parkId, universityId));
        return agreementId;
    }

    /** The line enrollment-service opens for the agreement's allocation once AgreementActivated arrives. */
    private String openPlanLineOf(String agreementId) {
        await("enrollment-service opens the plan on AgreementActivated").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> planLinesOf(agreementId).path("items[0].status"), "OPEN"::equals);
        return planLinesOf(agreementId).path("items[0].id");
    }

    private ExtractableResponse<Response> planLinesOf(String agreementId) {
        return gateway.asOperator().queryParam("agreementId", agreementId).get("/api/v1/plan-lines")
                .then().statusCode(200).extract();
    }

    /**
     * Signs the candidate up and returns an applicant token. The gateway learns of candidates from
     * CandidateRegistered, a moment after the import: until then a sign-up is refused, so retry.
     */
    private String signedUpApplicant(SyntheticCandidate candidate) {
        Map<String, Object> signUp = Map.of("examNumber", candidate.examNumber(), "idNumber", candidate.idNumber(),
                "password", PASSWORD);
        await("the gateway learns of the candidate from CandidateRegistered")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.anonymous().body(signUp).post("/api/v1/auth/signup").then().extract(),
                        r -> r.statusCode() == 201);
        return gateway.anonymous().body(Map.of("examNumber", candidate.examNumber(), "password", PASSWORD))
                .post("/api/v1/auth/signin").then().statusCode(200).extract().path("access_token");
    }

    private static Map<String, Object> openWindow() {
        OffsetDateTime now = OffsetDateTime.now();
        return Map.of("windowOpensAt", now.minusHours(1).toString(), "windowClosesAt", now.plusDays(3).toString(),
                "maxChoices", 96, "maxMajorsPerUnit", 1, "dropRatio", 1.0,
                "tieBreakChain", List.of("CHINESE_PLUS_MATHEMATICS", "MAX_CHINESE_MATHEMATICS", "FOREIGN_LANGUAGE"),
                "tiePolicy", "ADMIT_ALL_TIED");
    }
}
