package org.jjjpark.enrollment.service;

import org.jboss.logging.Logger;

import java.util.UUID;

/** The time each phase of one admission round took, logged as it ends: where a province-sized round spends it. */
final class RoundPhaseLog {

    private static final Logger LOG = Logger.getLogger(AdmissionRoundService.class);

    private final String scope;
    private final long start = System.nanoTime();
    private long phaseStart = start;

    RoundPhaseLog(String scope) {
        this.scope = scope;
    }

    /** @param detail what the phase handled, or null */
    void done(String phase, String detail) {
        long now = System.nanoTime();
        LOG.infof("admission round %s: %s in %.1f s%s", scope, phase, (now - phaseStart) / 1e9,
                detail == null ? "" : " (" + detail + ")");
        phaseStart = now;
    }

    void total(UUID roundId) {
        LOG.infof("admission round %s: round %s completed in %.1f s", scope, roundId, (System.nanoTime() - start) / 1e9);
    }
}
