package org.jjjpark.faults;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.TopicProbe;
import org.jjjpark.testkit.platform.PlatformService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY.md's fault scenarios against the platform as production runs it, each under an open-loop
 * submission load through the gateway, each ending with the client history checked against the invariants and a
 * JSON summary in {@code target/faults/}. Retries with the same {@code Idempotency-Key} (S10) are part of every
 * load. Sizes: {@link FaultSizes}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultScenariosIT {

    private static final long SEED = Long.getLong("faults.seed", 20261129L);
    private static final double RETRY_SHARE = 0.05;
    private static final double CONCURRENT_RETRY_SHARE = 0.01;
    private static final double UPDATE_SHARE = 0.2;
    private static final String PLAN_CONSUMER = "enrollment-plan";

    private final FaultSizes sizes = FaultSizes.current();
    private FaultPlatform platform;
    private ParkFixture park;
    private Convergence convergence;
    private List<UUID> candidates;
    private int nextCandidate;

    @BeforeAll
    void thePlatformRunsWithAnOpenPlanLineAndRegisteredCandidates() {
        platform = FaultPlatform.start();
        park = new ParkFixture(new ParkApi(platform.gatewayUrl()),
                new ParkApi(platform.serviceUrl(PlatformService.ENROLLMENT))).open();
        long begin = System.nanoTime();
        candidates = park.registeredCandidates(sizes.candidatesNeeded());
        System.out.printf("[fault-suite] %d candidates registered in %.1f s%n", candidates.size(),
                (System.nanoTime() - begin) / 1e9);
        convergence = new Convergence(platform);
    }

    @AfterAll
    void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void s6PoisonMessagesGoToTheDeadLetterTopicWithTheirReasonAndEveryValidEventIsAppliedOnce() {
        AgreementEventBurst input = new AgreementEventBurst(sizes.poisonValid(), 10, sizes.poison(), SEED);
        Phases phases = new Phases();
        long[] healedAt = new long[1];
        List<Request> history;
        double longestNotReady;
        try (Convergence.Sampler sampler = convergence.sample();
             ReadinessWatch readiness = new ReadinessWatch(platform.serviceUrl(PlatformService.ENROLLMENT))) {
            history = load(phases).run(nextCandidates(sizes.poisonLoad(), sizes.poisonLoadTime()), sizes.poisonLoad(),
                    sizes.poisonLoadTime(), () -> {
                        ParkApi.pause(Duration.ofSeconds(3));
                        phases.enter(Phases.DURING);
                        input.publish(platform.kafkaBootstrapServers());
                        healedAt[0] = System.nanoTime();
                        sampler.healed(healedAt[0]);
                        phases.enter(Phases.AFTER);
                    });
            double convergenceSeconds = convergedSeconds(sampler, healedAt[0]);
            longestNotReady = readiness.longestNotReadySeconds();

            SubmissionInvariants.Verdict verdict = SubmissionInvariants.check(history, platform);
            List<ConsumerRecord<String, String>> deadLetters = TopicScan.all(platform.kafkaBootstrapServers(),
                    Topics.AGREEMENT_EVENTS + ".dlq");
            Set<String> deadKeys = new HashSet<>();
            long withoutReason = 0;
            for (ConsumerRecord<String, String> record : deadLetters) {
                deadKeys.add(record.key());
                if (TopicProbe.header(record, "dead-letter-reason") == null) {
                    withoutReason++;
                }
            }
            Set<String> missing = new HashSet<>(input.poisonKeys());
            missing.removeAll(deadKeys);
            Set<String> unexpected = new HashSet<>(deadKeys);
            unexpected.removeAll(input.poisonKeys());
            long applied = appliedValidEvents(input);
            long replicaMismatches = replicaMismatches(input);

            new ScenarioReport("S6-poison-messages", sizes.name())
                    .put("seed", SEED).put("validEvents", input.validEventIds().size())
                    .put("poisonInjected", input.poisonKeys().size())
                    .put("loadPerSecond", sizes.poisonLoad())
                    .putAll(verdict.figures())
                    .put("dlqCount", deadLetters.size()).put("dlqMissing", missing.size())
                    .put("dlqUnexpected", unexpected.size()).put("dlqWithoutReason", withoutReason)
                    .put("validApplied", applied).put("replicaMismatches", replicaMismatches)
                    .put("longestNotReadySeconds", longestNotReady)
                    .put("longestUnansweredReadinessSeconds", readiness.longestSilentSeconds())
                    .put("notReadyAnswers", readiness.notReadyBodies())
                    .put("convergenceSeconds", convergenceSeconds)
                    .phases(history).write();

            assertThat(missing).as("poison records that never reached the dead-letter topic").isEmpty();
            assertThat(unexpected).as("records in the dead-letter topic that were not poison").isEmpty();
            assertThat(deadLetters).as("one dead letter per poison record").hasSize(input.poisonKeys().size());
            assertThat(withoutReason).as("dead letters without a dead-letter-reason header").isZero();
            assertThat(applied).as("valid events the plan replica recorded as applied")
                    .isEqualTo(input.validEventIds().size());
            assertThat(replicaMismatches).as("synthetic agreements whose plan line is not at the last version")
                    .isZero();
            assertThat(longestNotReady).as("seconds enrollment-service said it was not ready, answers: %s",
                    readiness.notReadyBodies()).isLessThanOrEqualTo(5);
            assertHolds(verdict, convergenceSeconds);
        }
    }

    @Test
    @Order(2)
    void s1KafkaDownUnderLoadLosesNoAcknowledgedSubmissionAndTheOutboxDrains() {
        Phases phases = new Phases();
        long[] healedAt = new long[1];
        try (Convergence.Sampler sampler = convergence.sample()) {
            List<Request> history = load(phases).run(nextCandidates(sizes.outageLoad(), sizes.outageLoadTime()),
                    sizes.outageLoad(), sizes.outageLoadTime(), () -> {
                        ParkApi.pause(sizes.outageLead());
                        phases.enter(Phases.DURING);
                        platform.stopKafka();
                        ParkApi.pause(sizes.outage());
                        platform.startKafka();
                        healedAt[0] = System.nanoTime();
                        sampler.healed(healedAt[0]);
                        phases.enter(Phases.AFTER);
                    });
            double convergenceSeconds = convergedSeconds(sampler, healedAt[0]);
            SubmissionInvariants.Verdict verdict = SubmissionInvariants.check(history, platform);
            Map<String, Long> duringStatuses = statusCounts(history, Phases.DURING);

            new ScenarioReport("S1-kafka-down", sizes.name())
                    .put("seed", SEED).put("loadPerSecond", sizes.outageLoad())
                    .put("kafkaDownSeconds", sizes.outage().toSeconds())
                    .put("injection", "in-JVM broker stopped and started again on the same ports and log directory")
                    .putAll(verdict.figures())
                    .put("outboxPeak", sampler.peakOutbox())
                    .put("convergenceSeconds", convergenceSeconds)
                    .phases(history).write();

            assertThat(duringStatuses.keySet()).as("statuses while Kafka was down: writes touch PostgreSQL only")
                    .allMatch(status -> status.startsWith("2") || status.equals("409"));
            assertThat(sampler.peakOutbox()).as("events waited in the outbox while the broker was away")
                    .isPositive();
            assertHolds(verdict, convergenceSeconds);
        }
    }

    @Test
    @Order(3)
    void s3PostgresRestartedUnderLoadAnswersServiceUnavailableAndLosesNoAcknowledgedSubmission() {
        Phases phases = new Phases();
        long[] healedAt = new long[1];
        double[] restartSeconds = new double[1];
        long deadLettersBefore = deadLetterCount();
        try (Convergence.Sampler sampler = convergence.sample()) {
            List<Request> history = load(phases).run(nextCandidates(sizes.restartLoad(), sizes.restartLoadTime()),
                    sizes.restartLoad(), sizes.restartLoadTime(), () -> {
                        ParkApi.pause(sizes.restartLead());
                        phases.enter(Phases.DURING);
                        long stoppingAt = System.nanoTime();
                        platform.restartPostgres();
                        healedAt[0] = System.nanoTime();
                        restartSeconds[0] = (healedAt[0] - stoppingAt) / 1e9;
                        sampler.healed(healedAt[0]);
                        phases.enter(Phases.AFTER);
                    });
            double convergenceSeconds = convergedSeconds(sampler, healedAt[0]);
            SubmissionInvariants.Verdict verdict = SubmissionInvariants.check(history, platform);
            List<Request> refused = history.stream().filter(r -> r.answered() && r.status() >= 500).toList();
            long notProblems = refused.stream()
                    .filter(r -> r.contentType() == null || !r.contentType().startsWith("application/problem+json"))
                    .count();
            double recoverySeconds = secondsUntilLastRefusal(history, healedAt[0]);

            new ScenarioReport("S3-postgres-restart", sizes.name())
                    .put("seed", SEED).put("loadPerSecond", sizes.restartLoad())
                    .put("injection", "pg_ctl stop -m fast, then start on the same port and data directory")
                    .put("restartSeconds", restartSeconds[0])
                    .putAll(verdict.figures())
                    .put("refusedWith5xx", refused.size()).put("refusedNotProblemJson", notProblems)
                    .put("lastRefusalAfterRestartSeconds", recoverySeconds)
                    .put("deadLettered", deadLetterCount() - deadLettersBefore)
                    .put("convergenceSeconds", convergenceSeconds)
                    .phases(history).write();

            assertThat(statusCounts(history, Phases.DURING).keySet())
                    .as("statuses while PostgreSQL restarted: acknowledged, in flight, or unavailable; never 500")
                    .allMatch(status -> status.startsWith("2") || status.equals("409") || status.equals("503"));
            assertThat(statusCounts(history, Phases.AFTER)).as("500 after the restart").doesNotContainKey("500");
            assertThat(notProblems).as("5xx answers that are not application/problem+json").isZero();
            assertThat(recoverySeconds).as("seconds after the restart until the pools stopped failing")
                    .isLessThanOrEqualTo(5);
            assertThat(deadLetterCount() - deadLettersBefore)
                    .as("valid events dead-lettered because the database was away").isZero();
            assertHolds(verdict, convergenceSeconds);
        }
    }

    @Test
    @Order(4)
    @EnabledIfSystemProperty(named = "faults.size", matches = "full")
    void s4AConsumerKilledMidBatchIsRedeliveredEventsButAppliesEachOnce() {
        AgreementEventBurst input = new AgreementEventBurst(sizes.crashEvents(), 10, 0, SEED + 4);
        Phases phases = new Phases();
        long[] healedAt = new long[1];
        long[] appliedAtKill = new long[1];
        try (Convergence.Sampler sampler = convergence.sample()) {
            List<Request> history = load(phases).run(nextCandidates(sizes.crashLoad(), sizes.crashLoadTime()),
                    sizes.crashLoad(), sizes.crashLoadTime(), () -> {
                        ParkApi.pause(Duration.ofSeconds(3));
                        input.publish(platform.kafkaBootstrapServers());
                        // Mid-batch: once the consumer is well into the burst, but far from its end.
                        long third = input.validEventIds().size() / 3;
                        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                        while ((appliedAtKill[0] = appliedValidEvents(input)) < third && System.nanoTime() < deadline) {
                            ParkApi.pause(Duration.ofMillis(100));
                        }
                        phases.enter(Phases.DURING);
                        platform.kill(PlatformService.ENROLLMENT);
                        ParkApi.pause(Duration.ofSeconds(5));
                        platform.restart(PlatformService.ENROLLMENT);
                        healedAt[0] = System.nanoTime();
                        sampler.healed(healedAt[0]);
                        phases.enter(Phases.AFTER);
                    });
            double convergenceSeconds = convergedSeconds(sampler, healedAt[0]);
            SubmissionInvariants.Verdict verdict = SubmissionInvariants.check(history, platform);
            long applied = appliedValidEvents(input);
            long replicaMismatches = replicaMismatches(input);
            long redelivered = inboxDuplicates(PlatformService.ENROLLMENT);

            new ScenarioReport("S4-consumer-killed", sizes.name())
                    .put("seed", SEED).put("loadPerSecond", sizes.crashLoad())
                    .put("events", input.validEventIds().size()).put("appliedWhenKilled", appliedAtKill[0])
                    .putAll(verdict.figures())
                    .put("dupDeliveredToConsumer", redelivered)
                    .put("validApplied", applied).put("replicaMismatches", replicaMismatches)
                    .put("convergenceSeconds", convergenceSeconds)
                    .phases(history).write();

            assertThat(appliedAtKill[0]).as("killed mid-batch: some applied, not all")
                    .isPositive().isLessThan(input.validEventIds().size());
            assertThat(redelivered).as("I7 redeliveries after the kill (else the path was not exercised)")
                    .isPositive();
            assertThat(applied).as("I1 every event applied").isEqualTo(input.validEventIds().size());
            assertThat(replicaMismatches).as("I2/I3 replicas at their last version, one line each").isZero();
            assertThat(verdict.lostInDatabase()).as("I1 acknowledged but not stored").isZero();
            assertThat(verdict.lostOnTopic()).as("I1 stored but not published").isZero();
            assertThat(verdict.dupEffects()).as("I2 duplicate effects").isZero();
            assertThat(verdict.orderViolations()).as("I3 order").isZero();
            assertThat(convergenceSeconds).as("I6 convergence")
                    .isBetween(0.0, (double) FaultSizes.CONVERGENCE_LIMIT.toSeconds());
        }
    }

    /**
     * Seconds from {@code healedAtNanos} until the answer of the last request that failed (5xx or no answer)
     * arrived; 0 when none failed after it.
     */
    private static double secondsUntilLastRefusal(List<Request> history, long healedAtNanos) {
        long healedAtMillis = System.currentTimeMillis() - (System.nanoTime() - healedAtNanos) / 1_000_000;
        return history.stream().filter(r -> !r.answered() || r.status() >= 500)
                .mapToLong(r -> r.dueAtEpochMillis() + r.latencyMicros() / 1000 - healedAtMillis)
                .filter(afterHealing -> afterHealing > 0)
                .max().orElse(0) / 1000.0;
    }

    /** Records in the dead-letter topics of every topic the services consume. */
    private long deadLetterCount() {
        return Stream.of(Topics.PARTNER_EVENTS, Topics.AGREEMENT_EVENTS, Topics.ENROLLMENT_EVENTS)
                .mapToLong(topic -> TopicScan.all(platform.kafkaBootstrapServers(), Topics.deadLetterTopicOf(topic))
                        .size())
                .sum();
    }

    /** Redeliveries the service's inbox skipped since it started ({@code eventing.inbox.duplicates}). */
    private long inboxDuplicates(PlatformService service) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(platform.serviceUrl(service) + "/q/metrics")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return response.body().lines().filter(l -> l.startsWith("eventing_inbox_duplicates_total"))
                    .mapToLong(FaultScenariosIT::sampleValue).sum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The value of one Prometheus sample line. An exemplar may follow it ({@code value # {trace_id=..} 1.0 <epoch>});
     * its last number is a timestamp, not the count.
     */
    private static long sampleValue(String line) {
        int exemplar = line.indexOf(" # ");
        String sample = exemplar < 0 ? line : line.substring(0, exemplar);
        return (long) Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1).trim());
    }

    private SubmissionLoad load(Phases phases) {
        return new SubmissionLoad(platform.gatewayUrl(), park.planLineId(), phases, RETRY_SHARE,
                CONCURRENT_RETRY_SHARE, UPDATE_SHARE, SEED);
    }

    private List<UUID> nextCandidates(double rate, Duration time) {
        int count = (int) Math.ceil(rate * time.toSeconds());
        List<UUID> slice = candidates.subList(nextCandidate, nextCandidate + count);
        nextCandidate += count;
        return slice;
    }

    /** The sampler's first empty moment after healing, or, if the load kept it busy, a wait now that it stopped. */
    private double convergedSeconds(Convergence.Sampler sampler, long healedAtNanos) {
        double seen = sampler.secondsToEmpty();
        return seen >= 0 ? seen : convergence.await(healedAtNanos, FaultSizes.CONVERGENCE_LIMIT);
    }

    private static void assertHolds(SubmissionInvariants.Verdict verdict, double convergenceSeconds) {
        assertThat(verdict.acked()).as("acknowledged submissions (the load made progress)").isPositive();
        assertThat(verdict.lostInDatabase()).as("I1 acknowledged but not in enrollment-service's database").isZero();
        assertThat(verdict.lostOnTopic()).as("I1 stored but not on enrollment.events").isZero();
        assertThat(verdict.lostDownstream()).as("I1 on the topic but not applied by the gateway's consumer").isZero();
        assertThat(verdict.dupEffects()).as("I2 duplicate effects").isZero();
        assertThat(verdict.keysWithSeveralResources()).as("S10 keys that created more than one application").isZero();
        assertThat(verdict.retriesAnsweredDifferently()).as("S10 retries answered with another application").isZero();
        assertThat(verdict.orderViolations()).as("I3 versions out of order").isZero();
        assertThat(verdict.phantoms()).as("I4 applications of candidates who were told no").isZero();
        assertThat(convergenceSeconds).as("I6 seconds until outbox and consumer lag are empty")
                .isBetween(0.0, (double) FaultSizes.CONVERGENCE_LIMIT.toSeconds());
    }

    private static Map<String, Long> statusCounts(List<Request> history, String phase) {
        Map<String, Long> counts = new LinkedHashMap<>();
        history.stream().filter(r -> r.phase().equals(phase) && r.kind() != Request.Kind.UPDATE)
                .forEach(r -> counts.merge(Integer.toString(r.status()), 1L, Long::sum));
        return counts;
    }

    /** Valid events of the scenario that enrollment-service's plan consumer recorded in its inbox. */
    private long appliedValidEvents(AgreementEventBurst input) {
        try (Connection c = platform.database(PlatformService.ENROLLMENT);
             PreparedStatement q = c.prepareStatement(
                     "select count(*) from inbox_event where consumer = ? and event_id = any(?)")) {
            q.setString(1, PLAN_CONSUMER);
            q.setArray(2, c.createArrayOf("uuid", input.validEventIds().toArray()));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Synthetic agreements whose replica is not at the last version or whose one plan line lacks its seats. */
    private long replicaMismatches(AgreementEventBurst input) {
        try (Connection c = platform.database(PlatformService.ENROLLMENT);
             PreparedStatement q = c.prepareStatement("""
                     select count(*) from agreement_replica a
                     where a.agreement_id = any(?) and (a.source_version <> ?
                        or (select count(*) from plan_line l where l.agreement_id = a.agreement_id) <> 1
                        or (select min(l.seats) from plan_line l where l.agreement_id = a.agreement_id) <> ?)""")) {
            Array ids = c.createArrayOf("uuid", input.agreements().toArray());
            q.setArray(1, ids);
            q.setLong(2, input.versions());
            q.setInt(3, input.versions());
            try (ResultSet r = q.executeQuery()) {
                r.next();
                long wrong = r.getLong(1);
                List<UUID> present = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement(
                        "select agreement_id from agreement_replica where agreement_id = any(?)")) {
                    p.setArray(1, ids);
                    try (ResultSet rows = p.executeQuery()) {
                        while (rows.next()) {
                            present.add(rows.getObject(1, UUID.class));
                        }
                    }
                }
                return wrong + input.agreements().size() - present.size();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
