package org.jjjpark.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.platform.PlatformService;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checks a submission history against I1-I4 and S10 once the platform has converged: every acknowledged
 * submission and update is in enrollment-service's database, on {@code enrollment.events} and in the gateway's
 * inbox (the downstream consumer of that topic); no application twice, no key with two resources, versions in
 * order; nothing stored for a candidate who was told no.
 */
final class SubmissionInvariants {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GATEWAY_CONSUMER = "gateway-candidates";

    private SubmissionInvariants() {
    }

    /** The figures of one check; every field but {@code acked}, {@code ackedUpdates} and {@code dupDelivered} must be 0. */
    record Verdict(long acked, long ackedUpdates, long lostInDatabase, long lostOnTopic, long lostDownstream,
                   long dupDelivered, long dupEffects, long keysWithSeveralResources, long retriesAnsweredDifferently,
                   long orderViolations, long phantoms) {

        long lost() {
            return lostInDatabase + lostOnTopic + lostDownstream;
        }

        Map<String, Object> figures() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("acked", acked);
            f.put("ackedUpdates", ackedUpdates);
            f.put("lost", lost());
            f.put("lostInDatabase", lostInDatabase);
            f.put("lostOnTopic", lostOnTopic);
            f.put("lostDownstream", lostDownstream);
            f.put("dupDelivered", dupDelivered);
            f.put("dupEffects", dupEffects);
            f.put("keysWithSeveralResources", keysWithSeveralResources);
            f.put("retriesAnsweredDifferently", retriesAnsweredDifferently);
            f.put("orderViolations", orderViolations);
            f.put("phantoms", phantoms);
            return f;
        }
    }

    private record Event(UUID id, String type, UUID applicationId, long version) {
    }

    static Verdict check(List<Request> history, FaultPlatform platform) {
        Set<UUID> candidates = history.stream().map(Request::candidateId).collect(Collectors.toSet());

        // S10: one resource per key; a retry's answer names the same application as the first answer.
        Map<String, Set<UUID>> idsPerKey = new HashMap<>();
        history.stream().filter(r -> r.idempotencyKey() != null && r.acknowledged())
                .forEach(r -> idsPerKey.computeIfAbsent(r.idempotencyKey(), k -> new HashSet<>()).add(r.applicationId()));
        long severalResources = idsPerKey.values().stream().filter(ids -> ids.size() > 1).count();
        long differentAnswers = history.stream()
                .filter(r -> r.kind() != Request.Kind.SUBMIT && r.kind() != Request.Kind.UPDATE && r.acknowledged())
                .filter(r -> history.stream().anyMatch(s -> s.kind() == Request.Kind.SUBMIT
                        && s.idempotencyKey().equals(r.idempotencyKey()) && s.acknowledged()
                        && !s.applicationId().equals(r.applicationId())))
                .count();
        Set<UUID> ackedApplications = idsPerKey.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        // The newest version each application was acknowledged at (its ETag; a replay carries none, hence max).
        Map<UUID, Long> ackedVersion = new HashMap<>();
        long ackedUpdates = 0;
        for (Request r : history) {
            if (r.acknowledged() && r.applicationId() != null) {
                ackedVersion.merge(r.applicationId(), r.version(), Math::max);
                if (r.kind() == Request.Kind.UPDATE) {
                    ackedUpdates++;
                }
            }
        }

        // The source: enrollment-service's applications of this history's candidates.
        Map<UUID, UUID> candidateOf = new HashMap<>();
        Map<UUID, Long> storedVersion = new HashMap<>();
        long dupEffects = 0;
        try (Connection c = platform.database(PlatformService.ENROLLMENT);
             PreparedStatement q = c.prepareStatement(
                     "select id, candidate_id, version from application where candidate_id = any(?)")) {
            Array ids = c.createArrayOf("uuid", candidates.toArray());
            q.setArray(1, ids);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    UUID id = r.getObject(1, UUID.class);
                    candidateOf.put(id, r.getObject(2, UUID.class));
                    storedVersion.put(id, r.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read enrollment-service's applications", e);
        }
        Map<UUID, Long> applicationsPerCandidate = candidateOf.values().stream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        dupEffects += applicationsPerCandidate.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        long lostInDatabase = ackedVersion.entrySet().stream()
                .filter(e -> !storedVersion.containsKey(e.getKey()) || storedVersion.get(e.getKey()) < e.getValue())
                .count();

        // I4: nothing stored for a candidate whose every request was answered, and answered no.
        Set<UUID> toldYesOrUnknown = history.stream().filter(r -> r.acknowledged() || !r.answered() || r.status() >= 500)
                .map(Request::candidateId).collect(Collectors.toSet());
        long phantoms = candidateOf.values().stream().filter(c -> !toldYesOrUnknown.contains(c)).count();

        // The topic, from offset 0: events of this history's applications, in partition order.
        Map<UUID, List<Event>> eventsOf = new HashMap<>();
        long records = 0;
        for (ConsumerRecord<String, String> record : TopicScan.all(platform.kafkaBootstrapServers(), Topics.ENROLLMENT_EVENTS)) {
            Event event = applicationEvent(record.value());
            if (event != null && storedVersion.containsKey(event.applicationId())) {
                eventsOf.computeIfAbsent(event.applicationId(), k -> new ArrayList<>()).add(event);
                records++;
            }
        }
        Set<UUID> distinctEvents = eventsOf.values().stream().flatMap(List::stream).map(Event::id)
                .collect(Collectors.toSet());
        long dupDelivered = records - distinctEvents.size();
        long lostOnTopic = 0;
        long orderViolations = 0;
        for (UUID application : storedVersion.keySet()) {
            List<Event> events = eventsOf.getOrDefault(application, List.of());
            Map<Long, Set<UUID>> idsPerVersion = new HashMap<>();
            long last = Long.MIN_VALUE;
            Set<UUID> seen = new HashSet<>();
            for (Event e : events) {
                idsPerVersion.computeIfAbsent(e.version(), v -> new HashSet<>()).add(e.id());
                if (seen.add(e.id())) {
                    if (e.version() <= last) {
                        orderViolations++;
                    }
                    last = Math.max(last, e.version());
                }
            }
            // Two different events for one version: the change was published twice as two events.
            dupEffects += idsPerVersion.values().stream().filter(ids -> ids.size() > 1).mapToLong(ids -> ids.size() - 1).sum();
            // Its submission and its stored (newest) version must both be on the topic.
            boolean submitted = events.stream().anyMatch(e -> e.type().equals(EventCatalog.APPLICATION_SUBMITTED.name()));
            if (!submitted || !idsPerVersion.containsKey(storedVersion.get(application))) {
                lostOnTopic++;
            } else if (last != storedVersion.get(application)) {
                orderViolations++; // a newer version on the topic than in the database
            }
        }

        // Downstream: the gateway consumes enrollment.events and records each event it applied in its inbox.
        Set<UUID> applied = new HashSet<>();
        try (Connection c = platform.database(PlatformService.GATEWAY);
             PreparedStatement q = c.prepareStatement("select event_id from inbox_event where consumer = ?")) {
            q.setString(1, GATEWAY_CONSUMER);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    applied.add(r.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the gateway's inbox", e);
        }
        long lostDownstream = distinctEvents.stream().filter(id -> !applied.contains(id)).count();

        return new Verdict(ackedApplications.size(), ackedUpdates, lostInDatabase, lostOnTopic, lostDownstream,
                dupDelivered, dupEffects, severalResources, differentAnswers, orderViolations, phantoms);
    }

    /** An ApplicationSubmitted or ApplicationUpdated on the topic; anything else is not this check's business. */
    private static Event applicationEvent(String value) {
        try {
            JsonNode envelope = JSON.readTree(value);
            String type = envelope.path("type").asText();
            if (!type.equals(EventCatalog.APPLICATION_SUBMITTED.name())
                    && !type.equals(EventCatalog.APPLICATION_UPDATED.name())) {
                return null;
            }
            JsonNode data = envelope.path("data");
            return new Event(UUID.fromString(envelope.path("id").asText()), type,
                    UUID.fromString(data.path("applicationId").asText()), data.path("version").asLong());
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
