package org.jjjpark.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.Topics;
import org.jjjpark.events.agreement.AgreementActivated;
import org.jjjpark.events.agreement.AgreementAmended;
import org.jjjpark.events.agreement.AgreementParty;
import org.jjjpark.events.agreement.SeatAllocation;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What agreement-service publishes on agreement.events, observed on the real broker. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class AgreementEventsTest {

    private static final String PREFIX = "enrollment.agreement.";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final UUID park = Replica.park();
    private final UUID university = Replica.university();
    private final UUID program = Replica.program(university);

    @Test
    void activatingPublishesExactlyOneAgreementActivatedWithItsAllocations() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        AgreementApi.signedByAll(id, park, university);
        AgreementApi.sign(id, university).statusCode(200);

        List<EventEnvelope> events = eventsOf(id, 4);

        assertThat(events).extracting(e -> e.type().replace(PREFIX, "")).containsExactly("AgreementDrafted.v1",
                "AgreementSigned.v1", "AgreementSigned.v1", "AgreementActivated.v1");
        assertThat(events).extracting(EventEnvelope::source).containsOnly("agreement-service");
        assertThat(events).extracting(EventEnvelope::subject).containsOnly(id);
        assertThat(events).extracting(e -> e.data().get("version").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(events.get(2).data().get("status").asText()).isEqualTo("SIGNED");
        AgreementActivated activated = EventCodec.payload(events.get(3), EventCatalog.AGREEMENT_ACTIVATED);
        assertThat(activated.agreementType()).isEqualTo("CO_CONSTRUCTION");
        assertThat(activated.allocationVersion()).isEqualTo(1);
        assertThat(activated.parties()).containsExactly(new AgreementParty(park, "PARK"),
                new AgreementParty(university, "UNIVERSITY"));
        assertThat(activated.allocations()).containsExactly(
                new SeatAllocation(program, 2024, "110000", "110000", "GENERAL", 30),
                new SeatAllocation(program, 2024, "110000", "130000", "GENERAL", 40));
    }

    @Test
    void amendingPublishesTheCompleteNewAllocationsAndTerminatingFollows() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        AgreementApi.signedByAll(id, park, university);
        AgreementApi.amend(id, Map.of("reason", "Supplementary agreement", "allocations", List.of(
                Drafts.allocation(program, 2025, "110000", "120000", "GENERAL", 25)))).statusCode(200);
        AgreementApi.terminate(id).statusCode(200);

        List<EventEnvelope> events = eventsOf(id, 6);

        assertThat(events).extracting(e -> e.type().replace(PREFIX, "")).endsWith("AgreementActivated.v1",
                "AgreementAmended.v1", "AgreementTerminated.v1");
        AgreementAmended amended = EventCodec.payload(events.get(4), EventCatalog.AGREEMENT_AMENDED);
        assertThat(amended.allocationVersion()).isEqualTo(2);
        assertThat(amended.allocations()).containsExactly(
                new SeatAllocation(program, 2025, "110000", "120000", "GENERAL", 25));
    }

    @Test
    void eventsNameNoSignatoryAndNoReason() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        AgreementApi.signedByAll(id, park, university);
        AgreementApi.terminate(id).statusCode(200);

        List<EventEnvelope> events = eventsOf(id, 5);

        assertThat(events).hasSize(5);
        assertThat(events).extracting(e -> e.data().toString())
                .allSatisfy(data -> assertThat(data).doesNotContain("Signatory of", "mutual consent", "signer"));
        JsonNode signed = events.get(1).data();
        assertThat(signed.get("partnerId").asText()).isEqualTo(park.toString());
    }

    private List<EventEnvelope> eventsOf(String agreementId, int expected) {
        return new TopicProbe(bootstrapServers)
                .read(Topics.AGREEMENT_EVENTS, r -> agreementId.equals(r.key()), expected, Duration.ofSeconds(30))
                .stream().map(r -> EventCodec.decode(r.value())).toList();
    }
}
