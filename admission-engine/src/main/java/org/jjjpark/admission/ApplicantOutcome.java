package org.jjjpark.admission;

import java.util.List;

/**
 * What the round decided for one applicant.
 *
 * @param rank              the position in the common priority order (位次): 1 + the number of applicants with a
 *                          strictly better total score and subscores; equal applicants share it
 * @param unitId            the unit the file is dropped to; null when {@link OutcomeStatus#NOT_DROPPED}
 * @param majorCode         the admitted major; null unless {@link OutcomeStatus#ADMITTED}
 * @param adjusted          admitted to a major the applicant did not list (调剂)
 * @param rejectionReason   null unless {@link OutcomeStatus#REJECTED}
 * @param earlierRejections units that rejected the applicant before the final outcome, in list order; only with
 *                          {@code reDropAfterRejection}, otherwise empty
 */
public record ApplicantOutcome(String applicantId, int rank, OutcomeStatus status, String unitId, String majorCode,
                               boolean adjusted, RejectionReason rejectionReason, List<Rejection> earlierRejections) {

    public ApplicantOutcome {
        earlierRejections = List.copyOf(earlierRejections);
    }
}
