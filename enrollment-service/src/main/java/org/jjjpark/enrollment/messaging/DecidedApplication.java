package org.jjjpark.enrollment.messaging;

import org.jjjpark.enrollment.AdmissionDecision;

/** A decision of a round and the version its application has once the round moved it to the outcome. */
public record DecidedApplication(AdmissionDecision decision, long version) {
}
