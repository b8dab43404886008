package org.jjjpark.admission.input;

/** Why an applicant may not be placed in a unit or major ({@code elig} of DOMAIN.md d.0), first failing check first. */
public enum IneligibilityReason {
    /** The total score is below the batch control line (批次线). */
    BELOW_CONTROL_LINE,
    /** A required subject was not taken (选科要求). */
    SUBJECT_REQUIREMENT,
    /** A single-subject or total minimum is not reached. */
    SCORE_MINIMUM,
    /** The applicant has an attribute the unit or major excludes (physical, language, sex where lawful). */
    RESTRICTION
}
