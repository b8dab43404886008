package org.jjjpark.enrollment.service;

import org.jboss.logging.Logger;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.UUID;

/**
 * The time each phase of one admission round took, logged as it ends: where a province-sized round spends it.
 * Wall time, and the CPU time of the round's thread (the rest of the wall time is the database's work, or
 * waiting for a core).
 */
final class RoundPhaseLog {

    private static final Logger LOG = Logger.getLogger(AdmissionRoundService.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String scope;
    private final long start = System.nanoTime();
    private final long startCpu = THREADS.getCurrentThreadCpuTime();
    private long phaseStart = start;
    private long phaseStartCpu = startCpu;

    RoundPhaseLog(String scope) {
        this.scope = scope;
    }

    /** @param detail what the phase handled, or null */
    void done(String phase, String detail) {
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        LOG.infof("admission round %s: %s in %.1f s (%.1f s CPU)%s", scope, phase, (now - phaseStart) / 1e9,
                (cpu - phaseStartCpu) / 1e9, detail == null ? "" : "; " + detail);
        phaseStart = now;
        phaseStartCpu = cpu;
    }

    void total(UUID roundId) {
        LOG.infof("admission round %s: round %s completed in %.1f s (%.1f s CPU)", scope, roundId,
                (System.nanoTime() - start) / 1e9, (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e9);
    }
}
