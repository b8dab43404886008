package org.jjjpark.admission.trace;

import org.jjjpark.admission.input.IneligibilityReason;

/** The applicant could not be dropped to this unit at all (d.0 eligibility), so it was passed over. */
public record IneligibleChoice(int position, String unitId, IneligibilityReason reason) implements ChoiceStep {
}
