package org.jjjpark.eventing.outbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jjjpark.eventing.tracing.TraceParent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends outbox rows to Kafka with an idempotent, {@code acks=all} producer and reports which ones the broker
 * acknowledged. It returns only once every send has its final outcome, so the relay never re-sends a record
 * the producer might still deliver.
 */
@ApplicationScoped
public class KafkaOutboxPublisher {

    private static final Logger LOG = Logger.getLogger(KafkaOutboxPublisher.class);

    /** Header with the event id, so tools can spot duplicates without parsing the value. */
    public static final String EVENT_ID_HEADER = "event-id";
    public static final String EVENT_TYPE_HEADER = "event-type";

    private final String bootstrapServers;
    private final Optional<String> metadataRecoveryStrategy;
    private final Duration deliveryTimeout;
    private KafkaProducer<String, String> producer;

    @Inject
    public KafkaOutboxPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                @ConfigProperty(name = "kafka.metadata.recovery.strategy")
                                Optional<String> metadataRecoveryStrategy,
                                RelayConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.metadataRecoveryStrategy = metadataRecoveryStrategy;
        this.deliveryTimeout = config.deliveryTimeout();
    }

    /** Sends all events and waits for each outcome; returns the ids the broker acknowledged. */
    synchronized List<UUID> publish(List<PendingEvent> events) {
        KafkaProducer<String, String> p = producer();
        List<Future<RecordMetadata>> outcomes = new ArrayList<>(events.size());
        for (PendingEvent event : events) {
            outcomes.add(send(p, event));
        }
        List<UUID> acknowledged = new ArrayList<>(events.size());
        // Every future completes within delivery.timeout.ms; the margin covers a slow close of a batch.
        long deadline = System.nanoTime() + deliveryTimeout.plusSeconds(5).toNanos();
        for (int i = 0; i < events.size(); i++) {
            try {
                outcomes.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(events.get(i).id());
            } catch (ExecutionException e) {
                LOG.debugf("event %s not delivered: %s", events.get(i).id(), e.getCause().getMessage());
            } catch (TimeoutException e) {
                // The outcome is unknown: discard the producer so nothing it still buffers can be delivered
                // after the relay has decided to send the row again.
                LOG.warnf("event %s has no delivery outcome after %s; resetting the producer",
                        events.get(i).id(), deliveryTimeout);
                resetProducer();
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                resetProducer();
                break;
            }
        }
        return acknowledged;
    }

    private static Future<RecordMetadata> send(KafkaProducer<String, String> p, PendingEvent event) {
        var record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        // Plain header names on purpose: a CloudEvents content-type or ce_* headers would make SmallRye
        // consumers convert the value into a JsonObject instead of handing over the string.
        record.headers()
                .add(new RecordHeader(EVENT_ID_HEADER, bytes(event.id().toString())))
                .add(new RecordHeader(EVENT_TYPE_HEADER, bytes(event.eventType())));
        if (event.traceparent() != null) {
            record.headers().add(new RecordHeader(TraceParent.HEADER, bytes(event.traceparent())));
        }
        try {
            return p.send(record);
        } catch (RuntimeException e) {
            // send() itself fails when metadata cannot be fetched within max.block.ms: nothing was buffered.
            return CompletableFuture.failedFuture(e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private Map<String, Object> producerConfig() {
        int delivery = (int) deliveryTimeout.toMillis();
        int request = Math.max(1000, delivery / 2);
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, request);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, request);
        metadataRecoveryStrategy.ifPresent(s -> config.put("metadata.recovery.strategy", s));
        return config;
    }

    private void resetProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    synchronized void onShutdown(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
