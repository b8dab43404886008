package org.jjjpark.admission;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.verification.InvariantViolation;
import org.jjjpark.admission.verification.RoundVerifier;

import java.util.List;
import java.util.function.Function;

/**
 * Runs an admission round on a frozen snapshot and verifies the result before handing it out (DOMAIN.md d.1–d.3,
 * checked against d.6). The output is a pure function of the canonical input and {@link #ALGORITHM_VERSION}.
 */
public final class AdmissionEngine {

    /** Names the rules implemented here; a round manifest records it beside the input and result hashes. */
    public static final String ALGORITHM_VERSION = "jjj-admission-1";

    private final Function<AdmissionInput, AdmissionResult> matcher;

    public AdmissionEngine() {
        this(AdmissionRound::run);
    }

    /** With another matcher: how tests show that a faulty one is caught. */
    AdmissionEngine(Function<AdmissionInput, AdmissionResult> matcher) {
        this.matcher = matcher;
    }

    public RoundOutcome run(AdmissionInput input) {
        AdmissionResult result = matcher.apply(input);
        List<InvariantViolation> violations = RoundVerifier.verify(result);
        return violations.isEmpty() ? new VerifiedRound(result) : new FailedRound(violations);
    }
}
