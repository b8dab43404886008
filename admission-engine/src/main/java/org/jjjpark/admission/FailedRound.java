package org.jjjpark.admission;

import org.jjjpark.admission.verification.InvariantViolation;

import java.util.List;

/** A run whose result broke invariants: it must be reported, never published. */
public record FailedRound(List<InvariantViolation> violations) implements RoundOutcome {

    public FailedRound {
        violations = List.copyOf(violations);
    }
}
