package org.jjjpark.admission.verification;

/** The properties every published round must have (DOMAIN.md d.6), checked after each run. */
public enum Invariant {
    /** The result's order and ranks are the priority order of its input (d.0). */
    PRIORITY_ORDER("d.0"),
    /** {@code |dropped(u)| ≤ c_u}, exceeded only by fully tied applicants at the cutoff under ADMIT_ALL_TIED. */
    DROP_QUOTA("d.6.1"),
    /** {@code |admitted(m)| ≤ q_m} and {@code |admitted(u)| ≤ q_u}, with the same tie exception. */
    ADMISSION_QUOTA("d.6.2"),
    /** At most one drop and one admission per applicant, and an outcome consistent with them. */
    SINGLE_ASSIGNMENT("d.6.3"),
    /** Drops and rejections only at listed, eligible units; admissions only to eligible majors, listed or adjusted. */
    LIST_AND_ELIGIBILITY("d.6.4"),
    /** Every eligible unit ranked above an applicant's drop is full of applicants ranked above them there. */
    NO_JUSTIFIED_ENVY("d.6.5"),
    /** No eligible unit ranked above an applicant's drop has a file left. */
    NON_WASTEFULNESS("d.6.6"),
    /** Within a unit, each decision is the one d.2 makes with the seats left at the applicant's turn. */
    STAGE_TWO_ORDER("d.6.7"),
    /** The tie-overflow report lists exactly the capacities exceeded, with the tied applicants (d.3, d.6.1). */
    TIE_OVERFLOW_REPORT("d.6.1");

    private final String rule;

    Invariant(String rule) {
        this.rule = rule;
    }

    /** The DOMAIN.md rule this invariant checks. */
    public String rule() {
        return rule;
    }
}
