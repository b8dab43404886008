package org.jjjpark.agreement;

/** Where an agreement stands in its lifecycle; {@link AgreementLifecycle} says how it moves. */
public enum AgreementStatus {
    /** Recorded, waiting for signatures. */
    DRAFT,
    /** Every party signed; waiting for the effective date. */
    SIGNED,
    /** In effect: its seats count. */
    ACTIVE,
    /** Its period ended. Final. */
    EXPIRED,
    /** Ended early, with a reason. Final. */
    TERMINATED
}
