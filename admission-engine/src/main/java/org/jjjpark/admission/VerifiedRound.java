package org.jjjpark.admission;

/** A result that passed every run-time invariant of d.6; only the engine can make one. */
public final class VerifiedRound implements RoundOutcome {

    private final AdmissionResult result;

    VerifiedRound(AdmissionResult result) {
        this.result = result;
    }

    public AdmissionResult result() {
        return result;
    }
}
