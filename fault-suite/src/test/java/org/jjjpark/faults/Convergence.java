package org.jjjpark.faults;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jjjpark.testkit.platform.PlatformService;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * I6 liveness: the platform has converged when no service's outbox holds an unpublished row and no service's
 * consumer group lags behind the end of a topic it reads.
 */
final class Convergence {

    private final FaultPlatform platform;

    Convergence(FaultPlatform platform) {
        this.platform = platform;
    }

    /** What is still in flight, summed over services and groups. */
    record Backlog(long outbox, long lag) {
        boolean empty() {
            return outbox == 0 && lag == 0;
        }
    }

    /**
     * Waits until the backlog is empty; returns the seconds that took, measured from {@code healedAtNanos}, or
     * -1 if it had not converged {@code limit} after that moment.
     */
    double await(long healedAtNanos, Duration limit) {
        long deadline = healedAtNanos + limit.toNanos();
        while (true) {
            Backlog backlog = measure();
            if (backlog.empty()) {
                return (System.nanoTime() - healedAtNanos) / 1e9;
            }
            if (System.nanoTime() > deadline) {
                System.out.printf("[fault-suite] not converged: %s%n", backlog);
                return -1;
            }
            ParkApi.pause(Duration.ofMillis(250));
        }
    }

    /**
     * Samples the backlog twice a second on a thread of its own until the returned sampler is closed: the peak
     * of the outbox during a fault, and the first moment after the fault healed at which nothing was in flight.
     */
    Sampler sample() {
        Sampler sampler = new Sampler();
        Thread thread = new Thread(sampler, "backlog-sampler");
        thread.setDaemon(true);
        thread.start();
        return sampler;
    }

    final class Sampler implements Runnable, AutoCloseable {
        private volatile boolean running = true;
        private volatile long peakOutbox;
        private volatile long firstEmptyAtNanos = -1;
        private volatile long healedAtNanos = Long.MAX_VALUE;

        @Override
        public void run() {
            while (running) {
                long at = System.nanoTime();
                Backlog backlog;
                try {
                    backlog = measure();
                } catch (IllegalStateException e) {
                    // The fault took the database or the broker away: no sample this time.
                    ParkApi.pause(Duration.ofMillis(500));
                    continue;
                }
                peakOutbox = Math.max(peakOutbox, backlog.outbox());
                if (at >= healedAtNanos && firstEmptyAtNanos < 0 && backlog.empty()) {
                    firstEmptyAtNanos = at;
                }
                ParkApi.pause(Duration.ofMillis(500));
            }
        }

        void healed(long atNanos) {
            healedAtNanos = atNanos;
        }

        long peakOutbox() {
            return peakOutbox;
        }

        /** Seconds from the healing to the first empty sample, or -1 if there was none yet. */
        double secondsToEmpty() {
            return firstEmptyAtNanos < 0 ? -1 : (firstEmptyAtNanos - healedAtNanos) / 1e9;
        }

        @Override
        public void close() {
            running = false;
        }
    }

    Backlog measure() {
        long outbox = 0;
        for (PlatformService service : PlatformService.ALL) {
            if (!service.isGateway()) {
                outbox += pendingOutboxRows(service);
            }
        }
        return new Backlog(outbox, consumerLag());
    }

    private long pendingOutboxRows(PlatformService service) {
        try (Connection c = platform.database(service); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from outbox_event where published_at is null")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox of " + service.module(), e);
        }
    }

    /** Summed over the services' groups (the suite's own scans commit nothing and are left out). */
    long consumerLag() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.kafkaBootstrapServers(),
                "request.timeout.ms", "2000", "default.api.timeout.ms", "3000"))) {
            long lag = 0;
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
                if (group.groupId().startsWith("fault-suite")) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                // Every partition of a topic the group reads: one it has not committed on yet lags from offset 0.
                var topics = committed.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
                Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames()
                        .get(10, TimeUnit.SECONDS).values().stream()
                        .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                for (var end : ends.entrySet()) {
                    OffsetAndMetadata position = committed.get(end.getKey());
                    lag += Math.max(0, end.getValue().offset() - (position == null ? 0 : position.offset()));
                }
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return Long.MAX_VALUE; // the broker is not answering: certainly not converged
        }
    }
}
