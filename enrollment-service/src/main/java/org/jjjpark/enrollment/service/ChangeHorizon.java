package org.jjjpark.enrollment.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jjjpark.enrollment.ChangeCheckpoints;
import org.jjjpark.enrollment.ChangeCheckpoints.Checkpoint;
import org.jjjpark.enrollment.config.EnrollmentConfig;

import java.time.Duration;
import java.util.Optional;

/**
 * The change feed's upper bound, read from PostgreSQL: the sequence's last value and which transactions still
 * run ({@link ChangeCheckpoints} explains why that is sound). Each instance keeps its own checkpoints; any of
 * them is a correct bound, so instances need not agree.
 */
@ApplicationScoped
public class ChangeHorizon {

    private static final long PAUSE_MILLIS = 10;
    /** Enough to span a long transaction at the pace clients ask; older checkpoints give way to newer ones. */
    private static final int CHECKPOINTS = 64;

    private final EntityManager em;
    private final Duration settleTimeout;
    private final ChangeCheckpoints checkpoints = new ChangeCheckpoints(CHECKPOINTS);

    @Inject
    public ChangeHorizon(EntityManager em, EnrollmentConfig config) {
        this.em = em;
        this.settleTimeout = config.changes().settleTimeout();
    }

    /**
     * The newest change version below which nothing can still appear. Waits up to the settle timeout for the
     * transactions running now to end; while a long one runs, answers with the newest version proven before.
     */
    public long newestSafeVersion() {
        Optional<Checkpoint> checkpoint = QuarkusTransaction.requiringNew().call(this::checkpoint);
        if (checkpoint.isEmpty()) {
            return checkpoints.safe();
        }
        checkpoints.add(checkpoint.get());
        long deadline = System.nanoTime() + settleTimeout.toNanos();
        while (true) {
            long safe = checkpoints.promote(oldestRunningXid());
            if (safe >= checkpoint.get().version() || System.nanoTime() >= deadline || !pause()) {
                return safe;
            }
        }
    }

    /** {@code requested} (or, when absent, the newest safe version), never above the newest safe version. */
    public long cap(Long requested) {
        if (requested != null && requested <= checkpoints.safe()) {
            return requested; // proven already: no need to ask the database
        }
        long safe = newestSafeVersion();
        return requested == null ? safe : Math.min(requested, safe);
    }

    /**
     * Reads the last version drawn, then takes a transaction id, in this order (see {@link Checkpoint}). Empty
     * when nothing was drawn since the last promise, which spares the transaction id.
     */
    private Optional<Checkpoint> checkpoint() {
        long last = ((Number) em.createNativeQuery(
                "select coalesce(pg_sequence_last_value('application_change_version'), 0)").getSingleResult())
                .longValue();
        if (last <= checkpoints.safe()) {
            return Optional.empty();
        }
        return Optional.of(new Checkpoint(last, xid("select pg_current_xact_id()::text")));
    }

    /**
     * The oldest transaction id still running (every smaller one has ended), read in a transaction of its own,
     * which has no id and so holds nothing back.
     */
    private long oldestRunningXid() {
        return QuarkusTransaction.requiringNew().call(() ->
                xid("select pg_snapshot_xmin(pg_current_snapshot())::text"));
    }

    private long xid(String query) {
        return Long.parseLong((String) em.createNativeQuery(query).getSingleResult());
    }

    private static boolean pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
