package org.jjjpark.enrollment;

/** Subscores that rank candidates with equal total scores, in the order a province configures (DOMAIN.md d.3). */
public enum TieBreakKey {
    CHINESE_PLUS_MATHEMATICS,
    MAX_CHINESE_MATHEMATICS,
    FOREIGN_LANGUAGE,
    FIRST_CHOICE_SUBJECT,
    MAX_ELECTIVE,
    /** Whoever listed the unit earlier goes first. */
    VOLUNTEER_ORDER
}
