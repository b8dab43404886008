package org.jjjpark.enrollment;

/** A plan line accepts applications while its agreement is active and still allocates its seats. */
public enum PlanLineStatus {
    OPEN,
    /** The agreement was terminated or expired, or an amendment dropped the allocation. */
    CLOSED
}
