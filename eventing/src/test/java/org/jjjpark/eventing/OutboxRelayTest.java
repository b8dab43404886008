package org.jjjpark.eventing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.eventing.outbox.KafkaOutboxPublisher;
import org.jjjpark.eventing.outbox.OutboxRelay;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox and its relay, through a real PostgreSQL and a real Kafka broker. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OutboxRelayTest {

    @Inject
    SampleChanges changes;

    @Inject
    OutboxRelay relay;

    @Inject
    EventingTestSupport db;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void committedChangeIsPublishedOnceWithItsEnvelope() {
        UUID partner = UUID.randomUUID();

        UUID eventId = changes.apply(partner, 1);

        List<ConsumerRecord<String, String>> records = readPartnerEvents(Set.of(partner.toString()), 1);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo(partner.toString());
        assertThat(TopicProbe.header(record, KafkaOutboxPublisher.EVENT_ID_HEADER)).isEqualTo(eventId.toString());
        EventEnvelope envelope = EventCodec.decode(record.value());
        assertThat(envelope.id()).isEqualTo(eventId);
        assertThat(envelope.source()).isEqualTo("eventing-test");
        assertThat(envelope.subject()).isEqualTo(partner.toString());
    }

    @Test
    void rolledBackChangeLeavesNoEventBehind() {
        UUID failed = UUID.randomUUID();
        UUID marker = UUID.randomUUID();

        assertThatThrownBy(() -> changes.applyThenFail(failed)).isInstanceOf(IllegalStateException.class);
        changes.apply(marker, 1);

        assertThat(db.sampleChangesOf(failed)).isZero();
        assertThat(db.outboxRowsWithKey(failed.toString())).isZero();
        // The marker was recorded after the failed change: once it is on the topic, the relay has passed by.
        List<ConsumerRecord<String, String>> records =
                readPartnerEvents(Set.of(failed.toString(), marker.toString()), 1);
        assertThat(records).extracting(ConsumerRecord::key).containsExactly(marker.toString());
    }

    @Test
    void concurrentRelaysPublishEachEventOnceAndInOrderPerKey() {
        List<UUID> partners = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        int versions = 8;
        for (int v = 1; v <= versions; v++) {
            for (UUID p : partners) {
                changes.apply(p, v);
            }
        }

        // Two extra relays race the scheduled one; the advisory lock must keep them from double-publishing.
        CompletableFuture<?> first = CompletableFuture.runAsync(this::drain);
        CompletableFuture<?> second = CompletableFuture.runAsync(this::drain);
        CompletableFuture.allOf(first, second).join();

        Set<String> keys = partners.stream().map(UUID::toString).collect(Collectors.toSet());
        List<ConsumerRecord<String, String>> records = readPartnerEvents(keys, partners.size() * versions);
        assertThat(records).hasSize(partners.size() * versions);
        assertThat(records.stream().map(r -> TopicProbe.header(r, KafkaOutboxPublisher.EVENT_ID_HEADER)).distinct()).hasSize(records.size());
        Map<String, List<Long>> versionsByKey = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(OutboxRelayTest::version, Collectors.toList())));
        for (UUID p : partners) {
            assertThat(versionsByKey.get(p.toString())).as("versions of %s in topic order", p)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        }
    }

    private void drain() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (relay.countPending() > 0 && System.nanoTime() < deadline) {
            relay.relayPending();
        }
    }

    private List<ConsumerRecord<String, String>> readPartnerEvents(Set<String> keys, int expected) {
        return new TopicProbe(bootstrapServers).read(Topics.PARTNER_EVENTS, r -> keys.contains(r.key()),
                expected, Duration.ofSeconds(30));
    }

    private static long version(ConsumerRecord<String, String> record) {
        return EventCodec.decode(record.value()).data().get("version").asLong();
    }
}
