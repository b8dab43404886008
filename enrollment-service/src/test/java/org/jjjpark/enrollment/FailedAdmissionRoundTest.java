package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.admission.FailedRound;
import org.jjjpark.admission.RoundOutcome;
import org.jjjpark.admission.VerifiedRound;
import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.verification.Invariant;
import org.jjjpark.admission.verification.InvariantViolation;
import org.jjjpark.enrollment.service.VerifiedMatching;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.enrollment.Applications.choice;

/**
 * A round whose result breaks an invariant of d.6 (issue 6 item 2: "a run that fails is rejected and reported,
 * never published"). The engine's verifier is tested against faulty results in admission-engine; here the service
 * is given an engine whose first run reports a broken quota, and must keep the violations and nothing else.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class FailedAdmissionRoundTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    AdmissionScenario scenario;
    final List<UUID> candidates = new ArrayList<>();
    final List<String> applications = new ArrayList<>();

    /** Three Hebei lists for one seat per line, the window closed, and an engine whose first result is broken. */
    @BeforeEach
    void aClosedWindowAndAnEngineThatFailsOnce() {
        scenario = new AdmissionScenario(bootstrapServers, 3, 3, 1);
        for (int score : List.of(650, 640, 630)) {
            Map<String, Object> record = Candidates.record();
            record.put("totalScore", score);
            UUID candidate = Candidates.registered(AdmissionScenario.HEBEI, scenario.year, record);
            candidates.add(candidate);
            applications.add(Applications.submit(candidate, List.of(choice(true, scenario.aPhysics))).statusCode(201)
                    .extract().path("id"));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        scenario.setRules(Fixtures.admissionConfig(now.minusDays(3), now.minusMinutes(1), 3, 3));
        QuarkusMock.installMockForType(new FailingOnce(), VerifiedMatching.class);
    }

    @Test
    void aRoundThatBreaksAnInvariantIsStoredFailedWithItsViolationsAndChangesAndPublishesNothing()
            throws SQLException {
        JsonPath failed = start().extract().jsonPath();

        assertThat(failed.getString("status")).isEqualTo("FAILED");
        String violation = failed.getList("violations", String.class).get(0);
        assertThat(violation).startsWith("ADMISSION_QUOTA (d.6.2) applicant ");
        assertThat(applications).anyMatch(violation::contains);
        UUID failedRound = UUID.fromString(failed.getString("id"));
        assertThat(given().auth().oauth2(TestTokens.operator()).get("/api/v1/admission-rounds/" + failedRound)
                .then().statusCode(200).extract().jsonPath().getString("status")).isEqualTo("FAILED");
        assertThat(ServiceDatabase.number("select count(*) from admission_decision where round_id = ?", failedRound))
                .isZero();
        assertThat(ServiceDatabase.number("select count(*) from admission_statistics where round_id = ?",
                failedRound)).isZero();
        for (UUID candidate : candidates) {
            assertThat(Applications.of(candidate).get(0).get("status")).isEqualTo("SUBMITTED");
        }

        // The round that follows runs the real engine and publishes: the probe sees its outcomes, and none of the
        // failed round, which would have been published before them.
        String completed = start().extract().path("id");
        TopicProbe probe = new TopicProbe(bootstrapServers);
        assertThat(probe.read(Topics.ENROLLMENT_EVENTS, r -> r.value().contains("ApplicantAdmitted")
                && applications.stream().anyMatch(r.value()::contains), 1, Duration.ofSeconds(30)))
                .isNotEmpty().allSatisfy(r -> assertThat(r.value()).contains(completed)
                        .doesNotContain(failedRound.toString()));
        assertThat(probe.read(Topics.ENROLLMENT_EVENTS, r -> r.value().contains(failedRound.toString()), 0,
                Duration.ofSeconds(3))).isEmpty();
    }

    private ValidatableResponse start() {
        return given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("intakeYear", scenario.year, "sourceProvince", AdmissionScenario.HEBEI, "batch",
                        "UNDERGRADUATE", "dryRun", false))
                .post("/api/v1/admission-rounds").then().statusCode(201);
    }

    /**
     * The real engine, except that its first result is reported as admitting the last applicant beyond the quota,
     * as the verifier words a broken d.6.2.
     */
    static final class FailingOnce extends VerifiedMatching {

        private final AtomicBoolean failed = new AtomicBoolean();

        @Override
        public RoundOutcome run(AdmissionInput input) {
            RoundOutcome outcome = super.run(input);
            assertThat(outcome).isInstanceOf(VerifiedRound.class);
            if (failed.getAndSet(true)) {
                return outcome;
            }
            String last = input.applicants().id(input.applicants().count() - 1);
            return new FailedRound(List.of(new InvariantViolation(Invariant.ADMISSION_QUOTA, last, null,
                    "admitted beyond the quota of its major")));
        }
    }
}
