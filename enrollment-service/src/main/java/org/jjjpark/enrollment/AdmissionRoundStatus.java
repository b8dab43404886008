package org.jjjpark.enrollment;

/** How a run of the admission engine ended. */
public enum AdmissionRoundStatus {
    /** The result passed every run-time invariant of DOMAIN.md d.6 and was stored. */
    COMPLETED,
    /** The result broke an invariant: only the violations were kept, nothing was changed or published. */
    FAILED
}
