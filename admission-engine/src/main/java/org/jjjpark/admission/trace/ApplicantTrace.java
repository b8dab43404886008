package org.jjjpark.admission.trace;

import org.jjjpark.admission.OutcomeStatus;

import java.math.BigDecimal;
import java.util.List;

/**
 * Why an applicant ended where they did: each choice of their list up to the outcome, what stood in the way at
 * each, and their own score and rank to compare with. The basis of the explanation PIPL art. 24 asks for.
 *
 * @param steps every choice examined, in list order; choices after the outcome were never examined
 */
public record ApplicantTrace(String applicantId, BigDecimal score, int rank, OutcomeStatus status,
                             List<ChoiceStep> steps) {

    public ApplicantTrace {
        steps = List.copyOf(steps);
    }
}
