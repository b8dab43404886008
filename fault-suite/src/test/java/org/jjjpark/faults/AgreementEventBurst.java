package org.jjjpark.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.Topics;
import org.jjjpark.events.agreement.AgreementActivated;
import org.jjjpark.events.agreement.AgreementAmended;
import org.jjjpark.events.agreement.AgreementParty;
import org.jjjpark.events.agreement.SeatAllocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A burst of events on {@code agreement.events}, which enrollment-service's plan replica consumes (S6, S4): synthetic
 * agreements, each activated (version 1) and then amended (versions 2..n, seats = version), as agreement-service
 * would publish them, with (for S6) poison records of four kinds interleaved at random: malformed JSON, an envelope whose
 * data violates its schema, an unknown event type, and a CloudEvents spec version other than 1.0. Poison records
 * are keyed {@code poison-<n>} so that the dead-letter topic can be checked record by record.
 */
final class AgreementEventBurst {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tianjin, so that the synthetic plan lines never mix with the Hebei line the load submits to. */
    private static final String SOURCE_PROVINCE = "120000";

    private final List<UUID> agreements = new ArrayList<>();
    private final int versions;
    private final Set<UUID> validEventIds = new HashSet<>();
    private final Set<String> poisonKeys = new HashSet<>();
    private final List<ProducerRecord<String, String>> records = new ArrayList<>();

    /** {@code valid} events ({@code valid / versions} agreements) and {@code poison} bad records, shuffled by {@code seed}. */
    AgreementEventBurst(int valid, int versions, int poison, long seed) {
        this.versions = versions;
        Random random = new Random(seed);
        UUID program = new UUID(random.nextLong(), random.nextLong());
        UUID park = new UUID(random.nextLong(), random.nextLong());
        UUID university = new UUID(random.nextLong(), random.nextLong());
        List<List<ProducerRecord<String, String>>> perAgreement = new ArrayList<>();
        for (int a = 0; a < valid / versions; a++) {
            UUID agreement = new UUID(random.nextLong(), random.nextLong());
            agreements.add(agreement);
            List<ProducerRecord<String, String>> history = new ArrayList<>();
            history.add(valid(agreement, EventCatalog.AGREEMENT_ACTIVATED.name(), EventCodec.toJson(EventCodec.envelope(
                    eventId(random), "agreement-service", EventCatalog.AGREEMENT_ACTIVATED, agreement.toString(),
                    new AgreementActivated(agreement, 1, "CO_CONSTRUCTION",
                            List.of(new AgreementParty(park, "PARK"), new AgreementParty(university, "UNIVERSITY")),
                            LocalDate.now().minusDays(1), LocalDate.now().plusYears(5), 1,
                            List.of(allocation(program, 1)))))));
            for (int v = 2; v <= versions; v++) {
                history.add(valid(agreement, EventCatalog.AGREEMENT_AMENDED.name(), EventCodec.toJson(
                        EventCodec.envelope(eventId(random), "agreement-service", EventCatalog.AGREEMENT_AMENDED,
                                agreement.toString(), new AgreementAmended(agreement, v, v,
                                        List.of(allocation(program, v)))))));
            }
            perAgreement.add(history);
        }
        // Interleave agreements at random while keeping each one's versions in order, as the relay would.
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < perAgreement.size(); a++) {
            for (int v = 0; v < versions; v++) {
                order.add(a);
            }
        }
        java.util.Collections.shuffle(order, random);
        int[] next = new int[perAgreement.size()];
        for (int a : order) {
            records.add(perAgreement.get(a).get(next[a]++));
        }
        String sample = records.get(0).value();
        for (int p = 0; p < poison; p++) {
            String key = "poison-" + p;
            poisonKeys.add(key);
            records.add(random.nextInt(records.size() + 1),
                    new ProducerRecord<>(Topics.AGREEMENT_EVENTS, key, poison(p % 4, sample, random)));
        }
    }

    private ProducerRecord<String, String> valid(UUID agreement, String type, String json) {
        try {
            validEventIds.add(UUID.fromString(JSON.readTree(json).get("id").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProducerRecord<>(Topics.AGREEMENT_EVENTS, agreement.toString(), json);
    }

    private static SeatAllocation allocation(UUID program, int seats) {
        return new SeatAllocation(program, LocalDate.now().getYear(), "110000", SOURCE_PROVINCE, "GENERAL", seats);
    }

    private static UUID eventId(Random random) {
        return UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes());
    }

    /** A bad record of kind {@code kind}, with a fresh event id where it has one, so that none is a duplicate. */
    private static String poison(int kind, String validSample, Random random) {
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(validSample);
            envelope.put("id", eventId(random).toString());
            switch (kind) {
                case 0 -> {
                    return JSON.writeValueAsString(envelope).substring(0, 40); // cut off mid-object
                }
                case 1 -> ((ObjectNode) envelope.get("data")).put("allocations", "all of them");
                case 2 -> envelope.put("type", "enrollment.agreement.AgreementShredded.v1");
                default -> envelope.put("specversion", "0.3");
            }
            return JSON.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every record, in order, and waits for the broker to acknowledge them all. */
    void publish(String bootstrapServers) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers,
                "acks", "all", "enable.idempotence", "true", "linger.ms", "5"),
                new StringSerializer(), new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (ProducerRecord<String, String> record : records) {
                sent.add(producer.send(record));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused a record of the poison scenario", e);
        }
    }

    List<UUID> agreements() {
        return agreements;
    }

    int versions() {
        return versions;
    }

    Set<UUID> validEventIds() {
        return validEventIds;
    }

    Set<String> poisonKeys() {
        return poisonKeys;
    }
}
