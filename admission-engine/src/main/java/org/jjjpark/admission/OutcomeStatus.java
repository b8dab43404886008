package org.jjjpark.admission;

/** Where an applicant ends after the round, in the words of the application status (DOMAIN.md). */
public enum OutcomeStatus {
    /** Dropped to a unit and admitted to one of its majors. */
    ADMITTED,
    /** Dropped to a unit and rejected by it (退档); the batch is over for them (d.2). */
    REJECTED,
    /** No unit of the list could take the file. */
    NOT_DROPPED
}
