package org.jjjpark.enrollment;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What the change feed may promise: the newest change version below which nothing can still appear. A version
 * is drawn when a row is written but becomes visible only at commit, possibly after larger versions already
 * have; a client that had moved past it would never see it. So a version is promised only once every
 * transaction that could still hold a smaller one has ended.
 *
 * <p>A checkpoint pairs the sequence's last value with a transaction id assigned after that value was read.
 * Writers take their transaction id before they draw a version (V5 trigger), so every version up to the value
 * was drawn by a transaction with a smaller id; once no transaction with a smaller id is running, the value is
 * safe. Plain Java: the database reads are {@code ChangeHorizon}'s.
 */
public final class ChangeCheckpoints {

    /**
     * @param version    the sequence's last value when the checkpoint was taken
     * @param xidHorizon a transaction id assigned after {@code version} was read
     */
    public record Checkpoint(long version, long xidHorizon) {
    }

    private final int capacity;
    private final Deque<Checkpoint> pending = new ArrayDeque<>();
    private long safe;

    /** @param capacity checkpoints kept while a long transaction holds them back; the oldest give way */
    public ChangeCheckpoints(int capacity) {
        this.capacity = capacity;
    }

    /** The newest version promised so far; it never decreases. */
    public synchronized long safe() {
        return safe;
    }

    public synchronized void add(Checkpoint checkpoint) {
        if (checkpoint.version() <= safe) {
            return;
        }
        if (pending.size() == capacity) {
            pending.removeFirst();
        }
        pending.addLast(checkpoint);
    }

    /**
     * Promises every checkpoint whose transactions have all ended.
     *
     * @param oldestRunningXid the oldest transaction id still running; every smaller one has ended
     * @return the newest version promised
     */
    public synchronized long promote(long oldestRunningXid) {
        for (Checkpoint checkpoint : pending) {
            if (checkpoint.xidHorizon() <= oldestRunningXid) {
                safe = Math.max(safe, checkpoint.version());
            }
        }
        pending.removeIf(checkpoint -> checkpoint.version() <= safe);
        return safe;
    }
}
