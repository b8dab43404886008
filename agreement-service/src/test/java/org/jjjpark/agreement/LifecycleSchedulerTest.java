package org.jjjpark.agreement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.agreement.service.AgreementService;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The calendar's part: the scheduler (every second in tests) activates signed agreements on their effective
 * date and expires active ones after their end date. The clock is moved, not waited for.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class LifecycleSchedulerTest {

    @Inject
    AdjustableClock clock;

    @Inject
    AgreementService agreements;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final UUID park = Replica.park();
    private final UUID university = Replica.university();
    private final UUID program = Replica.program(university);
    private final LocalDate today = LocalDate.now(AdjustableClock.PARK);

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aSignedAgreementTakesEffectOnItsDayAndExpiresAfterItsLast() {
        LocalDate from = today.plusDays(10);
        LocalDate to = today.plusDays(20);
        String id = AgreementApi.drafted(draft(from, to));
        AgreementApi.signedByAll(id, park, university);

        clock.moveTo(from.minusDays(1));
        agreements.applyDueTransitions();
        assertThat(status(id)).isEqualTo("SIGNED");

        clock.moveTo(from);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("ACTIVE"));

        clock.moveTo(to);
        agreements.applyDueTransitions();
        assertThat(status(id)).isEqualTo("ACTIVE");

        clock.moveTo(to.plusDays(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("EXPIRED"));
        AgreementApi.get(id).statusCode(200).body("expiredAt", notNullValue());

        assertThat(typesPublished(id, 5)).containsExactly("AgreementDrafted.v1", "AgreementSigned.v1",
                "AgreementSigned.v1", "AgreementActivated.v1", "AgreementExpired.v1");
    }

    @Test
    void runningTheCheckAgainChangesNothing() {
        String id = AgreementApi.drafted(draft(today.plusDays(10), today.plusDays(20)));
        AgreementApi.signedByAll(id, park, university);
        clock.moveTo(today.plusDays(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("ACTIVE"));

        agreements.applyDueTransitions();
        agreements.applyDueTransitions();

        assertThat(typesPublished(id, 4)).containsOnlyOnce("AgreementActivated.v1").hasSize(4);
    }

    @Test
    void anAgreementSignedAfterItsEndDateExpiresWithoutEverTakingEffect() {
        String id = AgreementApi.drafted(draft(today.minusDays(20), today.minusDays(10)));

        AgreementApi.signedByAll(id, park, university);

        assertThat(status(id)).isEqualTo("EXPIRED");
        assertThat(typesPublished(id, 4)).containsExactly("AgreementDrafted.v1", "AgreementSigned.v1",
                "AgreementSigned.v1", "AgreementExpired.v1");
    }

    private Map<String, Object> draft(LocalDate from, LocalDate to) {
        Map<String, Object> body = Drafts.coConstruction(park, university, program);
        body.put("effectiveFrom", from.toString());
        body.put("effectiveTo", to.toString());
        body.put("allocations", List.of(Drafts.allocation(program, from.getYear(), "110000", "130000", "GENERAL", 40)));
        return body;
    }

    private static String status(String id) {
        return AgreementApi.get(id).statusCode(200).extract().path("status");
    }

    private List<String> typesPublished(String id, int expected) {
        return new TopicProbe(bootstrapServers)
                .read(Topics.AGREEMENT_EVENTS, r -> id.equals(r.key()), expected, Duration.ofSeconds(30)).stream()
                .map(r -> EventCodec.decode(r.value()).type().replace("enrollment.agreement.", "")).toList();
    }
}
