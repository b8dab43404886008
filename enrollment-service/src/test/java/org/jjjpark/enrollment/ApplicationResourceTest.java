package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The applicant's side: submit, read, change and withdraw one's own application, within the rules. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ApplicationResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    AdmissionScenario scenario;
    UUID candidate;

    @BeforeEach
    void aYearWithAPlanAndACandidate() {
        scenario = new AdmissionScenario(bootstrapServers, 3, 2);
        candidate = scenario.candidate();
    }

    @Test
    void submittingCreatesTheApplicationAndPublishesApplicationSubmittedWithPseudonymousIdsOnly() {
        String id = submit(candidate, null, choice(scenario.aPhysics, scenario.aAny), choice(scenario.bAny))
                .statusCode(201).header("Location", startsWith("http")).header("ETag", "\"0\"")
                .body("status", equalTo("SUBMITTED")).body("sourceProvince", equalTo("130000"))
                .body("intakeYear", equalTo(scenario.year)).body("statusHistory[0].status", equalTo("SUBMITTED"))
                .body("choices[0].majors[1]", equalTo(scenario.aAny.toString()))
                .extract().path("id");

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .read(Topics.ENROLLMENT_EVENTS, r -> r.key().equals(id), 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        EventEnvelope event = EventCodec.decode(records.get(0).value());
        assertThat(event.type()).isEqualTo("enrollment.enrollment.ApplicationSubmitted.v1");
        assertThat(event.data().get("candidateId").asText()).isEqualTo(candidate.toString());
        assertThat(event.data().get("choices").get(0).get("acceptAdjustment").asBoolean()).isTrue();
        assertThat(records.get(0).value()).doesNotContain("张三", "110105");
    }

    @Test
    void aChangeAndAWithdrawalPublishTheirEventsInOrderUnderTheApplicationsKey() {
        String id = submit(candidate, null, choice(scenario.aPhysics)).statusCode(201).extract().path("id");
        update(id, "\"0\"", choice(scenario.bAny)).statusCode(200);
        asApplicant(candidate).header("If-Match", "\"1\"").post("/api/v1/applications/" + id + "/withdrawal").then()
                .statusCode(200);

        List<EventEnvelope> events = new TopicProbe(bootstrapServers)
                .read(Topics.ENROLLMENT_EVENTS, r -> r.key().equals(id), 3, Duration.ofSeconds(30))
                .stream().map(r -> EventCodec.decode(r.value())).toList();

        assertThat(events).extracting(e -> e.type().replace("enrollment.enrollment.", ""))
                .containsExactly("ApplicationSubmitted.v1", "ApplicationUpdated.v1", "ApplicationWithdrawn.v1");
        assertThat(events).extracting(e -> e.data().get("version").asLong()).containsExactly(0L, 1L, 2L);
        assertThat(events.get(1).data().get("choices").get(0).get("majors").get(0).asText())
                .isEqualTo(scenario.bAny.toString());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        String first = submit(candidate, "key-1", choice(scenario.aPhysics)).statusCode(201).extract().path("id");

        String again = submit(candidate, "key-1", choice(scenario.aPhysics)).statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");

        assertThat(again).isEqualTo(first);
        given().auth().oauth2(TestTokens.applicant(candidate)).get("/api/v1/applications").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void aSecondActiveApplicationForTheBatchIsAConflictUntilTheFirstIsWithdrawn() {
        String id = submit(candidate, null, choice(scenario.aPhysics)).statusCode(201).extract().path("id");

        submit(candidate, null, choice(scenario.bAny)).statusCode(409).body("code", equalTo("ACTIVE_APPLICATION_EXISTS"));

        asApplicant(candidate).post("/api/v1/applications/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("statusHistory.status",
                        equalTo(List.of("SUBMITTED", "WITHDRAWN")));
        submit(candidate, null, choice(scenario.bAny)).statusCode(201);
    }

    @Test
    void simultaneousSubmissionsByOneApplicantLeaveExactlyOneActiveApplication() throws Exception {
        // Automated mass submission (OWASP API6): the losers of the race past the service's check got a 500.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                UUID applicant = scenario.candidate();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        var response = submit(applicant, null, choice(scenario.aPhysics)).extract();
                        return response.statusCode() + " " + response.path("code");
                    }));
                }
                start.countDown();
                List<String> seen = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    seen.add(outcome.get());
                }

                assertThat(seen).containsOnly("201 null", "409 ACTIVE_APPLICATION_EXISTS").containsOnlyOnce("201 null");
                asApplicant(applicant).get("/api/v1/applications").then().statusCode(200)
                        .body("items.size()", equalTo(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWithdrawnApplicationCannotBeChangedAndWithdrawingAgainChangesNothing() {
        String id = submit(candidate, null, choice(scenario.aPhysics)).statusCode(201).extract().path("id");
        asApplicant(candidate).post("/api/v1/applications/" + id + "/withdrawal").then().statusCode(200);

        update(id, "\"1\"", choice(scenario.bAny)).statusCode(409).body("code", equalTo("APPLICATION_WITHDRAWN"));
        asApplicant(candidate).post("/api/v1/applications/" + id + "/withdrawal").then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void anotherApplicantCannotReadChangeOrWithdrawIt() {
        String id = submit(candidate, null, choice(scenario.aPhysics)).statusCode(201).extract().path("id");
        UUID other = scenario.candidate();

        asApplicant(other).get("/api/v1/applications/" + id).then().statusCode(404)
                .body("code", equalTo("APPLICATION_NOT_FOUND"));
        asApplicant(other).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("choices", List.of(choice(scenario.bAny)))).put("/api/v1/applications/" + id)
                .then().statusCode(404);
        asApplicant(other).post("/api/v1/applications/" + id + "/withdrawal").then().statusCode(404);
    }

    @Test
    void aChangeNeedsTheCurrentETag() {
        String id = submit(candidate, null, choice(scenario.aPhysics)).statusCode(201).extract().path("id");

        update(id, "\"0\"", choice(scenario.bAny), choice(scenario.aAny)).statusCode(200).header("ETag", "\"1\"")
                .body("choices[0].majors[0]", equalTo(scenario.bAny.toString()));
        update(id, "\"0\"", choice(scenario.aPhysics)).statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
        update(id, null, choice(scenario.aPhysics)).statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        asApplicant(candidate).get("/api/v1/applications/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void afterTheDeadlineTheListIsLocked() {
        String id = submit(candidate, null, choice(scenario.aPhysics)).statusCode(201).extract().path("id");
        OffsetDateTime now = OffsetDateTime.now();
        scenario.setRules(Fixtures.admissionConfig(now.minusDays(3), now.minusMinutes(1), 3, 2));

        update(id, "\"0\"", choice(scenario.bAny)).statusCode(409).body("code", equalTo("DEADLINE_PASSED"));
        asApplicant(candidate).post("/api/v1/applications/" + id + "/withdrawal").then().statusCode(409)
                .body("code", equalTo("DEADLINE_PASSED"));
        submit(scenario.candidate(), null, choice(scenario.aPhysics)).statusCode(409)
                .body("code", equalTo("DEADLINE_PASSED"));
    }

    @Test
    void beforeTheWindowOpensNothingCanBeSubmitted() {
        OffsetDateTime now = OffsetDateTime.now();
        scenario.setRules(Fixtures.admissionConfig(now.plusDays(1), now.plusDays(3), 3, 2));

        submit(candidate, null, choice(scenario.aPhysics)).statusCode(409).body("code", equalTo("WINDOW_NOT_OPEN"));
    }

    @Test
    void aLineOfATerminatedAgreementIsRefusedAsPlanClosed() {
        scenario.terminateAgreement();

        submit(candidate, null, choice(scenario.aPhysics)).statusCode(422).body("code", equalTo("PLAN_CLOSED"))
                .body("errors[0].field", equalTo("choices[0].majors[0]"));
    }

    @Test
    void eachRuleOfTheChoiceListHasItsOwnCode() {
        expectRule("PLAN_NOT_FOUND", candidate, choice(UUID.randomUUID()));
        expectRule("PLAN_NOT_FOR_APPLICATION", candidate, choice(scenario.aPhysicsForBeijing));
        expectRule("SUBJECT_REQUIREMENT_NOT_MET", scenario.historyCandidate(), choice(scenario.aPhysics));
        expectRule("SUBJECT_REQUIREMENT_NOT_MET", candidate, choice(scenario.aHistory));
        expectRule("DUPLICATE_CHOICE", candidate, choice(scenario.aPhysics), choice(scenario.aAny));
        expectRule("MAJORS_OF_DIFFERENT_UNITS", candidate, choice(scenario.aPhysics, scenario.bAny));
        expectRule("TOO_MANY_MAJORS", candidate, choice(scenario.aPhysics, scenario.aAny, scenario.aHistory));
        expectRule("TOO_MANY_CHOICES", candidate, choice(scenario.aPhysics), choice(scenario.bAny),
                choice(UUID.randomUUID()), choice(UUID.randomUUID()));
    }

    @Test
    void aBatchWithoutAdmissionRulesIsRefused() {
        asApplicant(candidate).contentType(ContentType.JSON)
                .body(Map.of("batch", "EARLY", "choices", List.of(choice(scenario.aPhysics))))
                .post("/api/v1/applications").then().statusCode(422)
                .body("code", equalTo("ADMISSION_CONFIG_NOT_FOUND"));
    }

    @Test
    void fieldsTheApplicantMayNotSetAreRefused() {
        for (String field : List.of("status", "candidateId", "totalScore", "sourceProvince", "intakeYear")) {
            Map<String, Object> body = new HashMap<>(Map.of("batch", "UNDERGRADUATE",
                    "choices", List.of(choice(scenario.aPhysics))));
            body.put(field, field.equals("status") ? "ADMITTED" : "x");
            asApplicant(candidate).contentType(ContentType.JSON).body(body).post("/api/v1/applications").then()
                    .statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
        }
    }

    @Test
    void onlyApplicantsHaveApplications() {
        for (String token : List.of(TestTokens.operator(), TestTokens.commission("130000"),
                TestTokens.partner(UUID.randomUUID()))) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("batch", "UNDERGRADUATE", "choices", List.of(choice(scenario.aPhysics))))
                    .post("/api/v1/applications").then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/applications").then().statusCode(403);
        }
    }

    private void expectRule(String code, UUID applicant, Map<String, Object>... choices) {
        submit(applicant, null, choices).statusCode(422).body("code", equalTo(code));
    }

    @SafeVarargs
    private ValidatableResponse submit(UUID applicant, String idempotencyKey, Map<String, Object>... choices) {
        var request = asApplicant(applicant).contentType(ContentType.JSON)
                .body(Map.of("batch", "UNDERGRADUATE", "choices", List.of(choices)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/applications").then();
    }

    @SafeVarargs
    private ValidatableResponse update(String id, String ifMatch, Map<String, Object>... choices) {
        var request = asApplicant(candidate).contentType(ContentType.JSON).body(Map.of("choices", List.of(choices)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/applications/" + id).then();
    }

    private static io.restassured.specification.RequestSpecification asApplicant(UUID candidateId) {
        return given().auth().oauth2(TestTokens.applicant(candidateId));
    }

    private static Map<String, Object> choice(UUID... majors) {
        List<String> ids = new ArrayList<>();
        for (UUID major : majors) {
            ids.add(major.toString());
        }
        return Map.of("majors", ids, "acceptAdjustment", true);
    }
}
