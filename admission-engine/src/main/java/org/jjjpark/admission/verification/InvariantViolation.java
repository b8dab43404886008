package org.jjjpark.admission.verification;

/**
 * One way a result breaks an invariant.
 *
 * @param applicantId the applicant concerned, or null
 * @param unitId      the unit concerned, or null
 */
public record InvariantViolation(Invariant invariant, String applicantId, String unitId, String detail) {

    @Override
    public String toString() {
        return invariant + " (" + invariant.rule() + ")" + (applicantId == null ? "" : " applicant " + applicantId)
                + (unitId == null ? "" : " unit " + unitId) + ": " + detail;
    }
}
