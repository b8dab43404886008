package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.admission.AdmissionEngine;
import org.jjjpark.admission.VerifiedRound;
import org.jjjpark.admission.canonical.CanonicalInput;
import org.jjjpark.admission.canonical.CanonicalResult;
import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.enrollment.Applications.choice;
import static org.jjjpark.testkit.ProblemAssertions.assertProblem;

/**
 * An admission round inside the service (DOMAIN.md d.1–d.2): one Hebei year with one seat per line, so that seats
 * run out. Institution A is a unit of three majors (physics, open to all, history), B a unit of one.
 *
 * <pre>
 * first  650  [A: physics, no adjustment]                  → admitted to A physics
 * second 640  [A: physics, no adjustment], [B]             → dropped to A, rejected NOT_ADJUSTABLE (no re-drop)
 * third  630  [B]                                          → admitted to B
 * fourth 620  [B], [A: physics, adjustment]                → B full; A adjusts to the open major (history not taken)
 * fifth  610  [B]                                          → B full: not dropped
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class AdmissionRoundTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    AdmissionScenario scenario;
    UUID first;
    UUID second;
    UUID third;
    UUID fourth;
    UUID fifth;
    Map<UUID, String> applicationOf = new HashMap<>();

    @BeforeEach
    void aHebeiYearWithOneSeatPerLineAndFiveSubmittedLists() {
        scenario = new AdmissionScenario(bootstrapServers, 3, 3, 1);
        first = submitted(650, choice(false, scenario.aPhysics));
        second = submitted(640, choice(false, scenario.aPhysics), choice(false, scenario.bAny));
        third = submitted(630, choice(false, scenario.bAny));
        fourth = submitted(620, choice(false, scenario.bAny), choice(true, scenario.aPhysics));
        fifth = submitted(610, choice(false, scenario.bAny));
    }

    @Test
    void aRoundAdmitsAndRejectsAsTheRulesSayMovesEveryApplicationAndPublishesEachOutcomeOnce() throws IOException {
        closeWindow();

        JsonPath round = start(false).statusCode(201).extract().jsonPath();

        assertThat(round.getString("status")).isEqualTo("COMPLETED");
        assertThat(round.getString("manifest.algorithmVersion")).isEqualTo(AdmissionEngine.ALGORITHM_VERSION);
        assertThat(round.getMap("counts")).containsEntry("applicants", 5).containsEntry("admitted", 3)
                .containsEntry("rejected", 1).containsEntry("notDropped", 1);
        Map<String, Map<String, Object>> results = resultsByApplication(round.getString("id"), TestTokens.operator());
        assertThat(results.get(applicationOf.get(first))).containsEntry("outcome", "ADMITTED")
                .containsEntry("planLineId", scenario.aPhysics.toString()).containsEntry("adjusted", false)
                .containsEntry("rank", 1);
        assertThat(results.get(applicationOf.get(second))).containsEntry("outcome", "REJECTED")
                .containsEntry("unitId", scenario.institutionA.toString())
                .containsEntry("rejectionReason", "NOT_ADJUSTABLE");
        assertThat(results.get(applicationOf.get(third))).containsEntry("outcome", "ADMITTED")
                .containsEntry("planLineId", scenario.bAny.toString());
        assertThat(results.get(applicationOf.get(fourth))).containsEntry("outcome", "ADMITTED")
                .containsEntry("planLineId", scenario.aAny.toString()).containsEntry("adjusted", true);
        assertThat(results.get(applicationOf.get(fifth))).containsEntry("outcome", "NOT_DROPPED")
                .doesNotContainKey("unitId");

        assertThat(statusOf(first)).isEqualTo("ADMITTED");
        assertThat(statusOf(second)).isEqualTo("REJECTED");
        assertThat(statusOf(fifth)).isEqualTo("NOT_DROPPED");
        assertThat(Applications.of(fourth).get(0).get("statusHistory").toString()).contains("SUBMITTED", "ADMITTED");

        byte[] canonical = given().auth().oauth2(TestTokens.commission(AdmissionScenario.BEIJING))
                .get("/api/v1/admission-rounds/" + round.getString("id") + "/canonical-input").then().statusCode(200)
                .extract().asByteArray();
        AdmissionInput input = CanonicalInput.read(new ByteArrayInputStream(canonical));
        assertThat(sha256(canonical)).isEqualTo(CanonicalInput.sha256(input))
                .isEqualTo(round.getString("manifest.inputSha256"));
        VerifiedRound rerun = (VerifiedRound) new AdmissionEngine().run(input);
        assertThat(CanonicalResult.sha256(rerun.result())).isEqualTo(round.getString("manifest.resultSha256"));
        assertThat(new String(canonical, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("张三", "110105");

        List<EventEnvelope> events = eventsOf(round.getString("id"), 6);
        assertThat(events).filteredOn(e -> e.type().endsWith("AdmissionRoundCompleted.v1")).singleElement()
                .satisfies(e -> assertThat(e.data().get("resultSha256").asText())
                        .isEqualTo(round.getString("manifest.resultSha256")));
        assertThat(events).filteredOn(e -> e.type().endsWith("ApplicantAdmitted.v1"))
                .extracting(e -> e.data().get("applicationId").asText())
                .containsExactlyInAnyOrder(applicationOf.get(first), applicationOf.get(third), applicationOf.get(fourth));
        assertThat(events).filteredOn(e -> e.type().endsWith("ApplicantRejected.v1"))
                .extracting(e -> e.data().get("applicationId").asText() + " " + e.data().get("reason").asText())
                .containsExactlyInAnyOrder(applicationOf.get(second) + " NOT_ADJUSTABLE",
                        applicationOf.get(fifth) + " NOT_DROPPED");
        assertThat(events.toString()).doesNotContain("张三", "110105");
    }

    @Test
    void aDryRunStoresItsResultButChangesNoApplicationAndPublishesNothing() {
        closeWindow();

        JsonPath dry = start(true).statusCode(201).extract().jsonPath();

        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getMap("counts")).containsEntry("admitted", 3);
        assertThat(resultsByApplication(dry.getString("id"), TestTokens.operator())).hasSize(5);
        for (UUID candidate : List.of(first, second, third, fourth, fifth)) {
            assertThat(statusOf(candidate)).isEqualTo("SUBMITTED");
        }
        Applications.as(first).get("/api/v1/applications/" + applicationOf.get(first) + "/outcome").then()
                .statusCode(404);
        // The round that follows publishes; by the time its events arrive, any of the dry run would have too.
        String real = start(false).statusCode(201).extract().path("id");
        assertThat(eventsOf(real, 6)).hasSize(6);
        assertThat(eventsOf(dry.getString("id"), 0)).isEmpty();
    }

    @Test
    void aSecondRoundOfTheSameScopeIsRefusedWithRoundAlreadyCompleted() {
        closeWindow();
        start(false).statusCode(201);

        assertProblem(start(false).extract(), 409, "ROUND_ALREADY_COMPLETED");
        start(true).statusCode(201);
    }

    @Test
    void aRoundWhileTheWindowIsOpenIsRefusedWithWindowStillOpen() {
        assertProblem(start(false).extract(), 409, "WINDOW_STILL_OPEN");
        assertProblem(start(true).extract(), 409, "WINDOW_STILL_OPEN");
        assertThat(statusOf(first)).isEqualTo("SUBMITTED");
    }

    @Test
    void aScopeWithoutRulesIsRefusedWithAdmissionConfigNotFound() {
        assertProblem(given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("intakeYear", scenario.year, "sourceProvince", "120000", "batch", "UNDERGRADUATE"))
                .post("/api/v1/admission-rounds").then().extract(), 422, "ADMISSION_CONFIG_NOT_FOUND");
    }

    @Test
    void anApplicantReadsTheirOwnOutcomeAndExplanationAndNobodyElsesDoes() {
        closeWindow();
        start(false).statusCode(201);
        String application = applicationOf.get(fourth);

        Applications.as(fourth).get("/api/v1/applications/" + application + "/outcome").then().statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("ADMITTED"))
                .body("adjusted", org.hamcrest.Matchers.equalTo(true));
        JsonPath explanation = Applications.as(fourth).get("/api/v1/applications/" + application + "/explanation")
                .then().statusCode(200).extract().jsonPath();

        assertThat(explanation.getString("text")).startsWith("Your first choice was full when your turn came: the "
                + "last applicant placed there scored 630, rank 3; you scored 620, rank 4.")
                .contains("Your second choice admitted you by adjustment");
        assertThat(explanation.getList("steps.kind")).containsExactly("FULL", "ADMITTED");
        assertThat(explanation.getString("steps[1].majorsPassedOver[0].majorCode"))
                .isEqualTo(scenario.aPhysics.toString());
        for (String endpoint : List.of("/outcome", "/explanation")) {
            assertProblem(Applications.as(fifth).get("/api/v1/applications/" + application + endpoint).then()
                    .extract(), 404, "APPLICATION_NOT_FOUND");
        }
    }

    @Test
    void aCommissionReadsEveryManifestButOnlyTheRowsOfItsOwnProvince() {
        closeWindow();
        String round = start(false).statusCode(201).extract().path("id");
        String beijing = TestTokens.commission(AdmissionScenario.BEIJING);

        given().auth().oauth2(beijing).get("/api/v1/admission-rounds/" + round).then().statusCode(200);
        assertThat(resultsByApplication(round, beijing)).isEmpty();
        assertThat(resultsByApplication(round, TestTokens.commission(AdmissionScenario.HEBEI))).hasSize(5);
        given().auth().oauth2(TestTokens.commission(AdmissionScenario.HEBEI)).queryParam("limit", 2)
                .get("/api/v1/admission-rounds/" + round + "/results").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(2))
                .body("nextCursor", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(TestTokens.applicant(first)).get("/api/v1/admission-rounds/" + round).then()
                .statusCode(403);
        given().auth().oauth2(beijing).contentType(ContentType.JSON).body(request(true)).post("/api/v1/admission-rounds")
                .then().statusCode(403);
    }

    @Test
    void missingFieldsAnUnknownBatchOrABadProvinceAreRefusedAsValidationFailed() {
        Map<String, Object> missing = new HashMap<>(request(false));
        missing.remove("intakeYear");
        Map<String, Object> unknownBatch = new HashMap<>(request(false));
        unknownBatch.put("batch", "POSTGRADUATE");
        Map<String, Object> badProvince = new HashMap<>(request(false));
        badProvince.put("sourceProvince", "310000");

        for (Map<String, Object> body : List.of(missing, unknownBatch, badProvince)) {
            var response = given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/admission-rounds").then().contentType("application/problem+json").extract();
            assertProblem(response, 400, "VALIDATION_FAILED");
        }
        assertProblem(given().auth().oauth2(TestTokens.operator())
                .get("/api/v1/admission-rounds/" + UUID.randomUUID()).then().extract(), 404, "ROUND_NOT_FOUND");
    }

    private UUID submitted(int totalScore, Map<String, Object>... choices) {
        Map<String, Object> record = Candidates.record();
        record.put("totalScore", totalScore);
        UUID candidate = Candidates.registered(AdmissionScenario.HEBEI, scenario.year, record);
        applicationOf.put(candidate, Applications.submit(candidate, List.of(choices)).statusCode(201).extract()
                .path("id"));
        return candidate;
    }

    /** The window closed a minute ago: lists are frozen (Fixtures' rules otherwise, with a drop ratio of 1). */
    private void closeWindow() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> rules = Fixtures.admissionConfig(now.minusDays(3), now.minusMinutes(1), 3, 3);
        rules.put("dropRatio", 1.0);
        scenario.setRules(rules);
    }

    private Map<String, Object> request(boolean dryRun) {
        return Map.of("intakeYear", scenario.year, "sourceProvince", AdmissionScenario.HEBEI, "batch",
                "UNDERGRADUATE", "dryRun", dryRun);
    }

    private ValidatableResponse start(boolean dryRun) {
        return given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(request(dryRun))
                .post("/api/v1/admission-rounds").then();
    }

    private String statusOf(UUID candidate) {
        return (String) Applications.of(candidate).get(0).get("status");
    }

    private static Map<String, Map<String, Object>> resultsByApplication(String round, String token) {
        List<Map<String, Object>> items = given().auth().oauth2(token).queryParam("limit", 500)
                .get("/api/v1/admission-rounds/" + round + "/results").then().statusCode(200).extract().jsonPath()
                .getList("items");
        Map<String, Map<String, Object>> byApplication = new HashMap<>();
        items.forEach(item -> byApplication.put((String) item.get("applicationId"), item));
        return byApplication;
    }

    /** The round's events on the topic: its own and its applicants', each of which names the round. */
    private List<EventEnvelope> eventsOf(String round, int expected) {
        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers).read(Topics.ENROLLMENT_EVENTS,
                r -> r.value().contains(round), expected, Duration.ofSeconds(expected == 0 ? 3 : 30));
        return records.stream().map(r -> EventCodec.decode(r.value())).toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
