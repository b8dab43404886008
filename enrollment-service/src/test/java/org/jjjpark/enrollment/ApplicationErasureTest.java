package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.testkit.ProblemAssertions.assertProblem;

/** PIPL erasure: an operator removes an application for good, and every copy of it learns so. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ApplicationErasureTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    AdmissionScenario scenario;
    UUID candidate;
    String examNumber;

    @BeforeEach
    void aCandidateOfAYearWithAPlan() {
        scenario = new AdmissionScenario(bootstrapServers, 3, 2);
        Map<String, Object> record = Candidates.record();
        examNumber = (String) record.get("examNumber");
        candidate = Candidates.registered(AdmissionScenario.HEBEI, scenario.year, record);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anErasedApplicationAndItsHistoryAreGoneAndTheDeletesFeedNamesItByNaturalKey() throws SQLException {
        Map<String, Object> application = Applications.submit(candidate,
                List.of(Applications.choice(true, scenario.aPhysics))).statusCode(201).extract().as(Map.class);
        String id = (String) application.get("id");
        Applications.withdraw(candidate, id).statusCode(200);

        Applications.erase(id).statusCode(204);

        given().auth().oauth2(TestTokens.applicant(candidate)).get("/api/v1/applications/" + id).then()
                .statusCode(404);
        assertThat(ServiceDatabase.number("select count(*) from application_status_change where application_id = ?",
                UUID.fromString(id))).isZero();
        ChangeFeedReplica copy = new ChangeFeedReplica(TestTokens.operator(), 50);
        copy.sync();
        Map<String, Object> tombstone = copy.deletesReceived().stream().filter(d -> d.get("id").equals(id))
                .findFirst().orElseThrow();
        assertThat(ChangeFeedReplica.Key.of((Map<String, Object>) tombstone.get("key"))).isEqualTo(
                new ChangeFeedReplica.Key(scenario.year, AdmissionScenario.HEBEI, "UNDERGRADUATE", examNumber,
                        ChangeFeedReplica.instant(application.get("createdAt"))));
        assertThat(copy.ofYear(scenario.year)).doesNotContainKey(id);
    }

    @Test
    void erasurePublishesApplicationDeletedAfterTheApplicationsOtherEventsWithPseudonymousIdsOnly() {
        String id = Applications.submit(candidate, List.of(Applications.choice(true, scenario.aPhysics)))
                .statusCode(201).extract().path("id");
        Applications.erase(id).statusCode(204);

        List<EventEnvelope> events = new TopicProbe(bootstrapServers)
                .read(Topics.ENROLLMENT_EVENTS, r -> r.key().equals(id), 2, Duration.ofSeconds(30))
                .stream().map(r -> EventCodec.decode(r.value())).toList();

        assertThat(events).extracting(EventEnvelope::type).containsExactly(
                "enrollment.enrollment.ApplicationSubmitted.v1", "enrollment.enrollment.ApplicationDeleted.v1");
        assertThat(events.get(1).data().get("candidateId").asText()).isEqualTo(candidate.toString());
        assertThat(events.get(1).data().get("version").asLong()).isEqualTo(1);
        assertThat(events.get(1).data().toString()).doesNotContain(examNumber, "张三");
    }

    @Test
    void theCandidateMaySubmitAgainAfterTheirApplicationWasErased() {
        String id = Applications.submit(candidate, List.of(Applications.choice(true, scenario.aPhysics)))
                .statusCode(201).extract().path("id");
        Applications.erase(id).statusCode(204);

        Applications.submit(candidate, List.of(Applications.choice(true, scenario.aAny))).statusCode(201);
    }

    @Test
    void erasingAnUnknownApplicationIsNotFoundAndOnlyOperatorsMayErase() {
        assertProblem(Applications.erase(UUID.randomUUID().toString()).extract(), 404, "APPLICATION_NOT_FOUND");

        String id = Applications.submit(candidate, List.of(Applications.choice(true, scenario.aPhysics)))
                .statusCode(201).extract().path("id");
        for (String token : List.of(TestTokens.applicant(candidate), TestTokens.commission(AdmissionScenario.HEBEI),
                TestTokens.partner(UUID.randomUUID()))) {
            given().auth().oauth2(token).delete("/api/v1/applications/" + id).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.applicant(candidate)).get("/api/v1/applications/" + id).then()
                .statusCode(200);
    }
}
