package org.jjjpark.admission;

/** Why a unit rejected (退档) an applicant dropped to it: the three outcomes of stage 2 (DOMAIN.md d.2). */
public enum RejectionReason {
    /** The unit had admitted its whole plan quota before the applicant's turn (only when {@code r_u > 1}). */
    QUOTA_FILLED,
    /** No listed major had an eligible seat, and the applicant does not accept adjustment. */
    NOT_ADJUSTABLE,
    /** The applicant accepts adjustment, but no major of the unit had an eligible seat. */
    NO_ELIGIBLE_SEAT
}
