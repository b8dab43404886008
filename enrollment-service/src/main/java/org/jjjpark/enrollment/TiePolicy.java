package org.jjjpark.enrollment;

/** What happens to applicants still fully tied at a unit's cutoff (DOMAIN.md d.3). */
public enum TiePolicy {
    /** The official rule (全部投档): all of them are dropped, even above capacity. */
    ADMIT_ALL_TIED,
    /** A keyed lottery on a seed published after the deadline decides. */
    STRICT_LOTTERY
}
