package org.jjjpark.eventing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.Topics;
import org.jjjpark.events.partner.PartnerDeactivated;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consuming side: redeliveries are no-ops, poison goes to the dead-letter topic and the consumer moves on. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class InboxAndDeadLetterTest {

    @Inject
    EventingTestSupport db;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void redeliveredEventIsAppliedOnce() {
        TopicProbe topic = new TopicProbe(bootstrapServers);
        UUID partner = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String message = deactivation(eventId, partner);
        UUID markerId = UUID.randomUUID();

        topic.send(Topics.PARTNER_EVENTS, partner.toString(), message);
        topic.send(Topics.PARTNER_EVENTS, partner.toString(), message);
        // Same key, same partition: once the marker is applied, both copies have been through the consumer.
        topic.send(Topics.PARTNER_EVENTS, partner.toString(), deactivation(markerId, partner));

        await().atMost(Duration.ofSeconds(30)).until(() -> db.applications(markerId) == 1);
        assertThat(db.applications(eventId)).isEqualTo(1);
    }

    @Test
    void malformedMessageGoesToDeadLetterTopicWithReasonAndNextMessageIsProcessed() {
        TopicProbe topic = new TopicProbe(bootstrapServers);
        String key = UUID.randomUUID().toString();
        UUID goodId = UUID.randomUUID();

        topic.send(Topics.PARTNER_EVENTS, key, "{\"specversion\": \"1.0\", \"id\": ");
        topic.send(Topics.PARTNER_EVENTS, key, deactivation(goodId, UUID.fromString(key)));

        await().atMost(Duration.ofSeconds(30)).until(() -> db.applications(goodId) == 1);
        List<ConsumerRecord<String, String>> dead = topic.read(Topics.deadLetterTopicOf(Topics.PARTNER_EVENTS),
                r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).startsWith("{\"specversion\": \"1.0\", \"id\": ");
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("not JSON");
    }

    @Test
    void eventOfUnknownTypeIsDeadLetteredNotApplied() {
        TopicProbe topic = new TopicProbe(bootstrapServers);
        UUID partner = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String unknown = deactivation(eventId, partner).replace("PartnerDeactivated.v1", "PartnerApproved.v1");

        topic.send(Topics.PARTNER_EVENTS, partner.toString(), unknown);

        List<ConsumerRecord<String, String>> dead = topic.read(Topics.deadLetterTopicOf(Topics.PARTNER_EVENTS),
                r -> partner.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("unknown event type");
        assertThat(db.applications(eventId)).isZero();
    }

    @Test
    void aHandlerThatFailsTwiceIsRetriedAndTheEventAppliedOnceWithoutADeadLetter() {
        TopicProbe topic = new TopicProbe(bootstrapServers);
        UUID partner = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        SampleConsumer.FAILURES.put(partner.toString(), new AtomicInteger(2));

        topic.send(Topics.PARTNER_EVENTS, partner.toString(), deactivation(eventId, partner));
        // Same key, same partition: poison sent after the event is dead-lettered after the event was through.
        topic.send(Topics.PARTNER_EVENTS, partner.toString(), "not an event");

        List<ConsumerRecord<String, String>> dead = topic.read(Topics.deadLetterTopicOf(Topics.PARTNER_EVENTS),
                r -> partner.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("not an event");
        assertThat(db.applications(eventId)).isEqualTo(1);
        assertThat(SampleConsumer.FAILURES.get(partner.toString())).as("failures left to inject").hasValueLessThan(1);
    }

    @Test
    void aHandlerThatKeepsFailingDeadLettersTheEventAfterItsAttemptsWithTheFailureAsReason() {
        TopicProbe topic = new TopicProbe(bootstrapServers);
        UUID partner = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        SampleConsumer.FAILURES.put(partner.toString(), new AtomicInteger(Integer.MAX_VALUE));

        topic.send(Topics.PARTNER_EVENTS, partner.toString(), deactivation(eventId, partner));

        List<ConsumerRecord<String, String>> dead = topic.read(Topics.deadLetterTopicOf(Topics.PARTNER_EVENTS),
                r -> partner.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("injected failure");
        assertThat(Integer.MAX_VALUE - SampleConsumer.FAILURES.get(partner.toString()).get())
                .as("attempts (eventing.inbox.attempts)").isEqualTo(3);
        assertThat(db.applications(eventId)).as("rolled back with each attempt").isZero();
    }

    private static String deactivation(UUID eventId, UUID partner) {
        return EventCodec.toJson(EventCodec.envelope(eventId, "partner-service", EventCatalog.PARTNER_DEACTIVATED,
                partner.toString(), new PartnerDeactivated(partner, 1)));
    }
}
