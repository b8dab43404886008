package org.jjjpark.systemtests;

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

/**
 * Where applications and candidates stop, every request through the gateway and every service as in production:
 * an applicant never reaches another's application, a commission never sees another province's candidates or
 * applications, and a plan line closed by a terminated agreement takes no new list. The journey that succeeds is
 * {@link WholeJourneyThroughGatewayIT}.
 *
 * <p>Once for the class the operator sets up the park: a university program with seats for Hebei from an
 * agreement signed by every party (which enrollment-service learns of from {@code agreement.events}) and an open
 * filling window.
 */
@ExtendWith(RunningPlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationBoundariesThroughGatewayIT {

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
    private CommissionSystem hebeiCommission;
    private List<SyntheticCandidate> physicsCandidates;
    private List<String> candidateIds;

    @BeforeAll
    void theParkIsSetUpAndTheHebeiCommissionRegistersItsCandidates(RunningPlatform platform) {
        gateway = new Gateway(platform);
        operator = new ParkOperator(gateway);
        parkId = operator.registered("/api/v1/partners", ParkRequests.parkHost());
        universityId = operator.registered("/api/v1/partners", ParkRequests.university("Hebei University of Technology"));
        programId = operator.registered("/api/v1/programs", ParkRequests.artificialIntelligence(universityId));
        planLineId = operator.openPlanLines(activeAgreement(), List.of(programId)).get(0);
        OffsetDateTime now = OffsetDateTime.now();
        operator.setsAdmissionRules(YEAR, HEBEI, ParkRequests.hebeiAdmissionRules(now.minusHours(1), now.plusDays(3)));

        // The program asks for physics; Hebei's history-track candidates could not apply to it.
        physicsCandidates = new SyntheticCandidates(HEBEI, YEAR, 20251129L).range(0, 40).stream()
                .filter(c -> c.subjects().contains("PHYSICS")).limit(3).toList();
        hebeiCommission = new CommissionSystem(gateway, HEBEI);
        candidateIds = hebeiCommission.imports(YEAR, physicsCandidates);
    }

    @Test
    void anotherApplicantIsToldTheApplicationDoesNotExist() {
        String owner = gateway.applicantToken(physicsCandidates.get(0), PASSWORD);
        String other = gateway.applicantToken(physicsCandidates.get(1), PASSWORD);
        String id = submitted(owner, planLineId);

        gateway.as(other).get("/api/v1/applications/" + id).then()
                .statusCode(404).body("code", equalTo("APPLICATION_NOT_FOUND"));
        gateway.as(other).header("If-Match", "\"1\"").body(Map.of("choices",
                        List.of(Map.of("majors", List.of(planLineId), "acceptAdjustment", false))))
                .put("/api/v1/applications/" + id).then().statusCode(404);
    }

    @Test
    void throughTheChangeFeedTheHebeiCommissionReceivesHebeiApplicationsAndBeijingsNone() {
        String id = submitted(gateway.applicantToken(physicsCandidates.get(2), PASSWORD), planLineId);
        CommissionSystem beijing = new CommissionSystem(gateway, BEIJING);

        await("the submission is in the feed once every earlier write has committed").atMost(Duration.ofSeconds(10))
                .until(() -> hebeiCommission.<String>changedApplicationField("id").contains(id));
        assertThat(hebeiCommission.<String>changedApplicationField("key.sourceProvince")).allMatch(HEBEI::equals);
        assertThat(beijing.<String>changedApplicationField("key.sourceProvince")).allMatch(BEIJING::equals);
        assertThat(beijing.<String>changedApplicationField("id")).doesNotContain(id);
    }

    @Test
    void theBeijingCommissionNeverReceivesHebeiCandidates() {
        CommissionSystem beijing = new CommissionSystem(gateway, BEIJING);

        for (String id : candidateIds) {
            beijing.request().get("/api/v1/candidates/" + id).then()
                    .statusCode(404).body("code", equalTo("CANDIDATE_NOT_FOUND"));
            hebeiCommission.request().get("/api/v1/candidates/" + id).then()
                    .statusCode(200).body("provinceCode", equalTo(HEBEI));
        }
        beijing.request().body(Map.of("provinceCode", HEBEI, "examYear", YEAR,
                        "candidates", List.of(physicsCandidates.get(0).importRecord())))
                .post("/api/v1/candidates/imports").then().statusCode(403);
    }

    @Test
    void aTerminatedAgreementClosesItsPlanAndNewListsNamingItAreRefused() {
        String agreementId = activeAgreement();
        String doomedLine = operator.openPlanLines(agreementId, List.of(programId)).get(0);
        gateway.asOperator().body(Map.of("reason", "The university withdrew from the park"))
                .post("/api/v1/agreements/" + agreementId + "/termination").then().statusCode(200);
        await("enrollment-service closes the line on AgreementTerminated").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> operator.planLinesOf(agreementId).path("items[0].status"), "CLOSED"::equals);

        SyntheticCandidate candidate = new SyntheticCandidates(HEBEI, YEAR, 20251129L).range(40, 40).stream()
                .filter(c -> c.subjects().contains("PHYSICS")).findFirst().orElseThrow();
        hebeiCommission.imports(YEAR, List.of(candidate));
        gateway.as(gateway.applicantToken(candidate, PASSWORD)).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("batch", "UNDERGRADUATE",
                        "choices", List.of(Map.of("majors", List.of(doomedLine), "acceptAdjustment", true))))
                .post("/api/v1/applications").then()
                .statusCode(422).body("code", equalTo("PLAN_CLOSED"));
    }

    /** A co-construction with 30 Hebei seats in the program, signed by the park and the university. */
    private String activeAgreement() {
        return operator.activeAgreement(ParkRequests.coConstruction("JRN-" + UUID.randomUUID().toString().substring(0, 8),
                parkId, universityId, programId), List.of(parkId, universityId));
    }

    /** Submits a list of one choice, the line, and returns the application's id. */
    private String submitted(String applicantToken, String line) {
        return gateway.as(applicantToken).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("batch", "UNDERGRADUATE",
                        "choices", List.of(Map.of("majors", List.of(line), "acceptAdjustment", true))))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }
}
