package org.jjjpark.enrollment;

/**
 * Where an application stands. Applicants move it between SUBMITTED and WITHDRAWN inside the filling window; an
 * admission round moves every SUBMITTED one of its scope to the outcome the engine decided (DOMAIN.md d.1–d.2).
 */
public enum ApplicationStatus {
    SUBMITTED,
    WITHDRAWN,
    /** Dropped to a unit and admitted to one of its majors. */
    ADMITTED,
    /** Dropped to a unit and rejected by it (退档); the batch is over for the applicant. */
    REJECTED,
    /** No unit of the list could take the file. */
    NOT_DROPPED
}
