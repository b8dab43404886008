package org.jjjpark.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.eventing.outbox.KafkaOutboxPublisher;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.InjectKafkaBroker;
import org.jjjpark.testkit.KafkaBroker;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What partner-service publishes on partner.events, observed on the real broker. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class PartnerEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @InjectKafkaBroker
    KafkaBroker broker;

    @Test
    void registeringPublishesPartnerRegisteredWithoutContactData() {
        Map<String, Object> body = Fixtures.university();
        String id = PartnerApi.registered(body);

        List<EventEnvelope> events = eventsOf(Set.of(id), 1);

        assertThat(events).hasSize(1);
        EventEnvelope event = events.get(0);
        assertThat(event.type()).isEqualTo("enrollment.partner.PartnerRegistered.v1");
        assertThat(event.source()).isEqualTo("partner-service");
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.data().get("identifier").asText()).isEqualTo(body.get("identifier"));
        assertThat(event.data().toString()).doesNotContain("park-office@example.edu.cn", "contact", "6891");
    }

    @Test
    void aProgramsEventsTravelUnderItsPartnersKeyInOrder() {
        String university = PartnerApi.registered(Fixtures.university());
        String program = PartnerApi.offered(Fixtures.program(university));
        PartnerApi.asOperator().post("/api/v1/programs/" + program + "/withdrawal").then().statusCode(200);
        PartnerApi.asOperator().post("/api/v1/partners/" + university + "/deactivation").then().statusCode(200);

        List<EventEnvelope> events = eventsOf(Set.of(university), 4);

        assertThat(events).extracting(e -> e.type().replace("enrollment.partner.", ""))
                .containsExactly("PartnerRegistered.v1", "ProgramOffered.v1", "ProgramWithdrawn.v1",
                        "PartnerDeactivated.v1");
        assertThat(events.get(2).subject()).isEqualTo(program);
    }

    @Test
    void writesSucceedWhileKafkaIsDownAndEveryEventArrivesOnceInOrderAfterwards() {
        List<String> partners = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 20; i++) {
                String id = PartnerApi.registered(Fixtures.university());
                partners.add(id);
                if (i % 4 == 0) {
                    PartnerApi.asOperator().contentType(ContentType.JSON)
                            .body(Map.of("nameZh", "北京理工大学", "nameEn", "BIT " + i, "regionCode", "110108"))
                            .put("/api/v1/partners/" + id).then().statusCode(200);
                }
            }
        } finally {
            broker.start();
        }

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers).read(Topics.PARTNER_EVENTS,
                r -> partners.contains(r.key()), 25, Duration.ofSeconds(60));

        assertThat(records).hasSize(25);
        Set<String> ids = new HashSet<>();
        records.forEach(r -> assertThat(ids.add(TopicProbe.header(r, KafkaOutboxPublisher.EVENT_ID_HEADER)))
                .as("event delivered once").isTrue());
        Map<String, List<Long>> versionsByPartner = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(
                        r -> EventCodec.decode(r.value()).data().get("version").asLong(), Collectors.toList())));
        assertThat(versionsByPartner).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(versionsByPartner.get(partners.get(i))).as("versions of partner %d", i)
                    .containsExactlyElementsOf(i % 4 == 0 ? List.of(0L, 1L) : List.of(0L));
        }
    }

    private List<EventEnvelope> eventsOf(Set<String> keys, int expected) {
        return new TopicProbe(bootstrapServers)
                .read(Topics.PARTNER_EVENTS, r -> keys.contains(r.key()), expected, Duration.ofSeconds(30))
                .stream().map(r -> EventCodec.decode(r.value())).toList();
    }
}
