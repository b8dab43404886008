package org.jjjpark.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.admission.AdmissionEngine;
import org.jjjpark.admission.RoundOutcome;
import org.jjjpark.admission.input.AdmissionInput;

/**
 * The admission engine as the service runs it: matching, then verification of the result (d.6). A bean of its
 * own so that a test can stand in an engine whose result breaks an invariant and follow the failed round.
 */
@ApplicationScoped
public class VerifiedMatching {

    private final AdmissionEngine engine = new AdmissionEngine();

    public RoundOutcome run(AdmissionInput input) {
        return engine.run(input);
    }
}
