package org.jjjpark.systemtests;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.jjjpark.testkit.candidates.SyntheticCandidate;
import org.jjjpark.systemtests.deploy.PlatformDashboard;
import org.jjjpark.testkit.candidates.SyntheticCandidates;
import org.jjjpark.testkit.platform.PlatformService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * One enrollment season from the first partner to the last statistics, every request through the gateway and every
 * service as in production: the operator registers a university and two of its programs, records a co-construction
 * allocating their seats, has every party sign it and waits for enrollment-service to open the plan; the Hebei
 * commission registers two candidates, who sign up, submit and edit their lists; the window closes, the operator
 * runs the admission round; the applicants read their outcome and its explanation, and the commission pulls the
 * statistics (JSON and CSV), the round's results and the change feed; the series operators watch are on the
 * services' /q/metrics.
 *
 * <p>The season is next year's intake, which no other system test touches: the round's scope holds this journey's
 * two applicants only, so every figure is known in advance. Artificial intelligence has one seat, the Internet of
 * Things thirty; both candidates want artificial intelligence first, so the better one is admitted there and the
 * other, whose first choice is full at their turn, to their second choice.
 */
@ExtendWith(RunningPlatformExtension.class)
class WholeJourneyThroughGatewayIT {

    private static final String HEBEI = "130000";
    private static final int YEAR = LocalDate.now().getYear() + 1;
    private static final String PASSWORD = "a season in the park";
    private static final String SUBMITTED_IN_HEBEI = "applications_submitted_total{source_province=\"130000\"}";
    private static final Path REPO = Path.of(System.getProperty("system-tests.repo-root", "..")).toAbsolutePath()
            .normalize();

    @Test
    void anEnrollmentSeasonFromThePartnersToTheAdmittedApplicantsAndTheCommissionsStatistics(RunningPlatform platform) {
        Gateway gateway = new Gateway(platform);
        ParkOperator operator = new ParkOperator(gateway);

        // The operator sets the park up: partners, programs, an agreement signed by every party, the plan it opens.
        String parkId = operator.registered("/api/v1/partners", ParkRequests.parkHost());
        String universityId = operator.registered("/api/v1/partners", ParkRequests.university("Hebei University of Science"));
        String aiProgram = operator.registered("/api/v1/programs", ParkRequests.artificialIntelligence(universityId));
        String iotProgram = operator.registered("/api/v1/programs", ParkRequests.internetOfThings(universityId));
        String agreementId = operator.activeAgreement(ParkRequests.coConstruction(
                "SEASON-" + UUID.randomUUID().toString().substring(0, 8), parkId, universityId,
                List.of(ParkRequests.hebeiSeats(aiProgram, YEAR, 1), ParkRequests.hebeiSeats(iotProgram, YEAR, 30))),
                List.of(parkId, universityId));
        List<String> lines = operator.openPlanLines(agreementId, List.of(aiProgram, iotProgram));
        String aiLine = lines.get(0);
        String iotLine = lines.get(1);
        OffsetDateTime windowOpens = OffsetDateTime.now().minusHours(1);
        operator.setsAdmissionRules(YEAR, HEBEI, ParkRequests.hebeiAdmissionRules(windowOpens, windowOpens.plusDays(3)));

        // The commission registers two physics-track candidates (both programs require physics), best first.
        List<SyntheticCandidate> candidates = twoPhysicsCandidatesWithDifferentTotals();
        SyntheticCandidate best = candidates.get(0);
        SyntheticCandidate second = candidates.get(1);
        CommissionSystem commission = new CommissionSystem(gateway, HEBEI);
        List<String> candidateIds = commission.imports(YEAR, candidates);

        // The best candidate submits both programs; a retry with the same Idempotency-Key is the same application.
        double submittedBefore = new ServiceMetrics(platform).value(PlatformService.ENROLLMENT, SUBMITTED_IN_HEBEI);
        String bestToken = gateway.applicantToken(best, PASSWORD);
        Map<String, Object> bestList = list(List.of(aiLine, iotLine));
        String idempotencyKey = UUID.randomUUID().toString();
        String bestApplication = gateway.as(bestToken).header("Idempotency-Key", idempotencyKey).body(bestList)
                .post("/api/v1/applications").then().statusCode(201).body("status", equalTo("SUBMITTED"))
                .extract().path("id");
        assertThat(gateway.as(bestToken).header("Idempotency-Key", idempotencyKey).body(bestList)
                .post("/api/v1/applications").then().statusCode(201).extract().<String>path("id"))
                .as("a retry with the same key returns the first result").isEqualTo(bestApplication);

        // The second submits artificial intelligence alone, then adds the Internet of Things with If-Match.
        String secondToken = gateway.applicantToken(second, PASSWORD);
        ExtractableResponse<Response> submitted = gateway.as(secondToken)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(list(List.of(aiLine)))
                .post("/api/v1/applications").then().statusCode(201).extract();
        String secondApplication = submitted.path("id");
        Map<String, Object> edit = Map.of("choices", list(List.of(aiLine, iotLine)).get("choices"));
        String editedTag = gateway.as(secondToken).header("If-Match", submitted.header("ETag")).body(edit)
                .put("/api/v1/applications/" + secondApplication).then().statusCode(200).extract().header("ETag");
        assertThat(editedTag).isNotEqualTo(submitted.header("ETag"));
        gateway.as(secondToken).header("If-Match", submitted.header("ETag")).body(edit)
                .put("/api/v1/applications/" + secondApplication).then()
                .statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
        gateway.as(secondToken).get("/api/v1/applications/" + secondApplication).then().statusCode(200)
                .header("ETag", editedTag)
                .body("choices.majors", equalTo(List.of(List.of(aiLine), List.of(iotLine))))
                .body("intakeYear", equalTo(YEAR))
                .body("sourceProvince", equalTo(HEBEI));
        gateway.as(secondToken).get("/api/v1/candidates/me").then().statusCode(200)
                .body("id", equalTo(candidateIds.get(1)))
                .body("examNumber", equalTo(second.examNumber()))
                .body("idNumberMasked", equalTo(second.idNumber().substring(0, 6) + "********"
                        + second.idNumber().substring(14)))
                .body("idNumber", nullValue());

        // No round while the window is open; the operator closes it (as the README does), then lists are frozen.
        Map<String, Object> round = Map.of("intakeYear", YEAR, "sourceProvince", HEBEI, "batch", "UNDERGRADUATE");
        gateway.asOperator().body(round).post("/api/v1/admission-rounds").then()
                .statusCode(409).body("code", equalTo("WINDOW_STILL_OPEN"));
        operator.setsAdmissionRules(YEAR, HEBEI,
                ParkRequests.hebeiAdmissionRules(windowOpens, OffsetDateTime.now().minusSeconds(1)));
        gateway.as(secondToken).header("If-Match", editedTag).body(edit)
                .put("/api/v1/applications/" + secondApplication).then()
                .statusCode(409).body("code", equalTo("DEADLINE_PASSED"));

        // The admission round: both admitted, the best to artificial intelligence, the second to their second choice.
        String roundId = gateway.asOperator().body(round).post("/api/v1/admission-rounds").then().statusCode(201)
                .body("status", equalTo("COMPLETED"))
                .body("dryRun", equalTo(false))
                .body("counts.applicants", equalTo(2))
                .body("counts.admitted", equalTo(2))
                .body("counts.rejected", equalTo(0))
                .body("counts.notDropped", equalTo(0))
                .extract().path("id");

        // Each applicant reads the outcome and why.
        gateway.as(bestToken).get("/api/v1/applications/" + bestApplication + "/outcome").then().statusCode(200)
                .body("roundId", equalTo(roundId))
                .body("outcome", equalTo("ADMITTED"))
                .body("unitId", equalTo(aiLine))
                .body("planLineId", equalTo(aiLine))
                .body("rank", equalTo(1));
        gateway.as(secondToken).get("/api/v1/applications/" + secondApplication + "/outcome").then().statusCode(200)
                .body("outcome", equalTo("ADMITTED"))
                .body("unitId", equalTo(iotLine))
                .body("planLineId", equalTo(iotLine))
                .body("adjusted", equalTo(false))
                .body("rank", equalTo(2));
        gateway.as(bestToken).get("/api/v1/applications/" + bestApplication + "/explanation").then().statusCode(200)
                .body("text", equalTo("Your first choice admitted you to the first major you listed there."))
                .body("steps.unitId", equalTo(List.of(aiLine)));
        gateway.as(secondToken).get("/api/v1/applications/" + secondApplication + "/explanation").then()
                .statusCode(200)
                .body("text", equalTo("Your first choice was full when your turn came: the last applicant placed "
                        + "there scored " + best.totalScore() + ", rank 1; you scored " + second.totalScore()
                        + ", rank 2. Your second choice admitted you to the first major you listed there."))
                .body("steps.unitId", equalTo(List.of(aiLine, iotLine)))
                .body("steps.kind", equalTo(List.of("FULL", "ADMITTED")));

        // The commission's view: the round's results, the statistics as JSON and CSV, the change feed.
        commission.request().get("/api/v1/admission-rounds/" + roundId + "/results").then().statusCode(200)
                .body("items.applicationId", equalTo(List.of(bestApplication, secondApplication)))
                .body("items.outcome", equalTo(List.of("ADMITTED", "ADMITTED")))
                .body("items.planLineId", equalTo(List.of(aiLine, iotLine)));

        Map<String, Map<String, Object>> planVsApplications = byPlanLine(commission.request()
                .queryParam("intakeYear", YEAR).queryParam("sourceProvince", HEBEI).queryParam("agreementId", agreementId)
                .get("/api/v1/statistics/plan-vs-applications").then().statusCode(200).extract().path("items"));
        assertThat(planVsApplications.keySet()).containsExactlyInAnyOrder(aiLine, iotLine);
        assertThat(planVsApplications.get(aiLine)).containsEntry("seats", 1).containsEntry("applications", 2);
        assertThat(planVsApplications.get(iotLine)).containsEntry("seats", 30).containsEntry("applications", 2);

        byte[] csv = commission.request().accept("text/csv")
                .queryParam("intakeYear", YEAR).queryParam("sourceProvince", HEBEI).queryParam("agreementId", agreementId)
                .get("/api/v1/statistics/plan-vs-applications").then().statusCode(200).extract().asByteArray();
        assertThat(csv).as("UTF-8 with a byte-order mark, for spreadsheets").startsWith(0xEF, 0xBB, 0xBF);
        List<Map<String, String>> rows = csvRows(new String(csv, StandardCharsets.UTF_8).substring(1));
        assertThat(rows).extracting(row -> row.get("planLineId")).containsExactlyInAnyOrder(aiLine, iotLine);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("applications")).isEqualTo("2"));
        assertThat(rows).extracting(row -> row.get("planLineId") + "=" + row.get("seats"))
                .containsExactlyInAnyOrder(aiLine + "=1", iotLine + "=30");

        Map<String, Map<String, Object>> admittedByDay = byPlanLine(commission.request()
                .queryParam("intakeYear", YEAR).queryParam("sourceProvince", HEBEI).queryParam("agreementId", agreementId)
                .queryParam("status", "ADMITTED")
                .get("/api/v1/statistics/applications-by-day").then().statusCode(200).extract().path("items"));
        assertThat(admittedByDay.keySet()).containsExactlyInAnyOrder(aiLine, iotLine);
        assertThat(admittedByDay.values()).allSatisfy(cell -> assertThat(cell).containsEntry("applications", 2));

        Map<String, String> statusInFeed = new HashMap<>();
        commission.changedApplications().forEach(change ->
                statusInFeed.put((String) change.get("id"), (String) change.get("status")));
        assertThat(statusInFeed).containsEntry(bestApplication, "ADMITTED").containsEntry(secondApplication, "ADMITTED");

        // Operators watch it on the dashboard of docker-compose's observability profile: every series it queries is
        // on the services' /q/metrics, the submissions among them.
        ServiceMetrics metrics = new ServiceMetrics(platform);
        assertThat(new PlatformDashboard(REPO).metricNames()).allSatisfy(metric ->
                assertThat(metrics.exposes(metric, "")).as(metric).isTrue());
        assertThat(metrics.exposes("kafka_producer_record_send_total", "client_id=\"kafka-dead-letter-topic-producer-"))
                .as("the dead-letter producers' series, which the dashboard counts dead letters by").isTrue();
        assertThat(metrics.value(PlatformService.ENROLLMENT, SUBMITTED_IN_HEBEI)).as("two submissions, the retry "
                + "replayed and the edit no submission").isEqualTo(submittedBefore + 2);
    }

    /** Two candidates who took physics (both programs require it) and whose totals differ, the better one first. */
    private static List<SyntheticCandidate> twoPhysicsCandidatesWithDifferentTotals() {
        List<SyntheticCandidate> physics = new SyntheticCandidates(HEBEI, YEAR, 20260101L).range(0, 40).stream()
                .filter(c -> c.subjects().contains("PHYSICS")).toList();
        SyntheticCandidate first = physics.get(0);
        SyntheticCandidate other = physics.stream().filter(c -> c.totalScore() != first.totalScore()).findFirst()
                .orElseThrow();
        return List.of(first, other).stream().sorted(Comparator.comparingInt(SyntheticCandidate::totalScore).reversed())
                .toList();
    }

    /** A list with one choice per plan line, in order, none accepting adjustment. */
    private static Map<String, Object> list(List<String> planLines) {
        return Map.of("batch", "UNDERGRADUATE", "choices", planLines.stream()
                .map(line -> Map.of("majors", List.of(line), "acceptAdjustment", false)).toList());
    }

    /** Statistics rows keyed by their plan line; each line has one row in the filters used here. */
    private static Map<String, Map<String, Object>> byPlanLine(List<Map<String, Object>> items) {
        return items.stream().collect(Collectors.toMap(item -> (String) item.get("planLineId"), item -> item));
    }

    /** The CSV's rows as header name to value; the first line must be the header. */
    private static List<Map<String, String>> csvRows(String csv) {
        List<String> lines = List.of(csv.split("\r\n"));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        assertThat(header).as("header row: the JSON field names").containsExactly("planLineId", "agreementId",
                "programId", "institutionId", "intakeYear", "planProvince", "sourceProvince", "batch", "planType",
                "lineStatus", "seats", "applications", "applicationsPerSeat", "suppressed");
        return lines.subList(1, lines.size()).stream().map(line -> {
            String[] values = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), values[i]);
            }
            return row;
        }).toList();
    }
}
