package org.jjjpark.admission.trace;

import org.jjjpark.admission.input.IneligibilityReason;

/** The applicant does not meet this major's requirements. */
public record IneligibleMajor(String majorCode, IneligibilityReason reason) implements MajorStep {
}
