package org.jjjpark.admission;

/** A unit that rejected an applicant, and why. */
public record Rejection(String unitId, RejectionReason reason) {
}
