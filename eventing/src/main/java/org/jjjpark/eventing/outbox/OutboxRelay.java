package org.jjjpark.eventing.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka and marks them relayed.
 *
 * <p>Ordering: each wave sends at most one row per message key — the oldest unpublished one — and waits for
 * every outcome before the next wave. A row is therefore sent only after all earlier rows of its key were
 * acknowledged, so per-aggregate order holds even when a send fails and is retried later.
 *
 * <p>Latency: a commit that recorded events nudges the relay at once ({@link #nudge()}); the schedule is the
 * safety net for rows left behind by a failure or written by another instance.
 *
 * <p>Several instances: a wave runs in a transaction that first takes a PostgreSQL advisory lock; an instance
 * that does not get it skips the wave, so two relays never publish the same rows at once.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Advisory lock id of the relay; each service has its own database, so one constant suffices. */
    static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"

    private static final String OLDEST_ROW_PER_KEY = """
            select id, topic, message_key, event_type, payload, traceparent from (
                select distinct on (message_key) id, seq, topic, message_key, event_type, payload, traceparent
                from (select id, seq, topic, message_key, event_type, payload, traceparent
                      from outbox_event where published_at is null order by seq limit :batch) oldest
                order by message_key, seq) heads
            order by seq""";

    private final EntityManager em;
    private final KafkaOutboxPublisher publisher;
    private final RelayConfig config;
    private final AtomicLong backlog = new AtomicLong();
    private final Counter relayed;
    private final Counter failures;
    private volatile boolean outageReported;
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay-nudge");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean nudgePending = new AtomicBoolean();

    @Inject
    public OutboxRelay(EntityManager em, KafkaOutboxPublisher publisher, RelayConfig config, MeterRegistry meters) {
        this.em = em;
        this.publisher = publisher;
        this.config = config;
        this.relayed = meters.counter("eventing.outbox.relayed");
        this.failures = meters.counter("eventing.outbox.send.failures");
        meters.gauge("eventing.outbox.backlog", backlog);
    }

    /** Asks for a relay run soon, on the relay's own thread; nudges that arrive while one is queued coalesce. */
    public void nudge() {
        if (nudgePending.compareAndSet(false, true)) {
            nudges.execute(() -> {
                nudgePending.set(false);
                try {
                    relayPending();
                } catch (RuntimeException e) {
                    LOG.debug("nudged relay run failed; the scheduled run will retry", e);
                }
            });
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        nudges.shutdownNow();
    }

    @Scheduled(identity = "outbox-relay", every = "${eventing.relay.interval:1s}",
            delayed = "${eventing.relay.initial-delay:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        relayPending();
        backlog.set(countPending());
    }

    /**
     * Relays waves until the outbox is empty, a send fails, or the run's wave budget is spent.
     *
     * @return the number of events acknowledged by Kafka in this run
     */
    public int relayPending() {
        int total = 0;
        for (int wave = 0; wave < config.maxWavesPerRun(); wave++) {
            Wave result = QuarkusTransaction.requiringNew().call(this::publishOneWave);
            total += result.acknowledged();
            if (result.failed() > 0) {
                failures.increment(result.failed());
                if (!outageReported) {
                    LOG.warnf("%d event(s) not accepted by Kafka; they stay in the outbox and are retried",
                            result.failed());
                    outageReported = true;
                }
                break;
            }
            if (result.acknowledged() == 0) {
                break;
            }
            if (outageReported) {
                LOG.info("Kafka accepts events again; draining the outbox");
                outageReported = false;
            }
        }
        relayed.increment(total);
        return total;
    }

    /** Unpublished rows, for the backlog gauge and for tests. */
    public long countPending() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from outbox_event where published_at is null")
                .getSingleResult()).longValue());
    }

    @Scheduled(identity = "outbox-cleanup", every = "1h", delayed = "1m")
    void deleteExpired() {
        OffsetDateTime cutoff = OffsetDateTime.now().minus(config.retention());
        int deleted = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("delete from outbox_event where published_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate());
        if (deleted > 0) {
            LOG.debugf("deleted %d relayed outbox rows older than %s", deleted, config.retention());
        }
    }

    private Wave publishOneWave() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK).getSingleResult();
        if (!locked) {
            return Wave.NOTHING;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OLDEST_ROW_PER_KEY)
                .setParameter("batch", config.batchSize()).getResultList();
        if (rows.isEmpty()) {
            return Wave.NOTHING;
        }
        List<PendingEvent> pending = rows.stream()
                .map(r -> new PendingEvent((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5]))
                .toList();
        List<UUID> acknowledged = publisher.publish(pending);
        if (!acknowledged.isEmpty()) {
            em.createNativeQuery("update outbox_event set published_at = now() where id in (:ids)")
                    .setParameter("ids", acknowledged).executeUpdate();
        }
        return new Wave(acknowledged.size(), pending.size() - acknowledged.size());
    }

    private record Wave(int acknowledged, int failed) {
        static final Wave NOTHING = new Wave(0, 0);
    }
}
