package org.jjjpark.admission;

/** Which capacity fully tied applicants exceeded under {@link org.jjjpark.admission.input.TiePolicy#ADMIT_ALL_TIED}. */
public enum OverflowKind {
    /** The unit's drop capacity {@code c_u} (d.6.1). */
    DROP_CAPACITY,
    /** The unit's plan quota {@code q_u} (d.6.2). */
    UNIT_QUOTA,
    /** A major's quota {@code q_m} (d.6.2). */
    MAJOR_QUOTA
}
