package org.jjjpark.admission.input;

/**
 * A subscore that ranks applicants with equal total scores, or the volunteer order; a round lists them in the
 * order its province configures (DOMAIN.md d.3). The names match enrollment-service's configuration.
 */
public enum TieBreakKey {
    CHINESE_PLUS_MATHEMATICS,
    MAX_CHINESE_MATHEMATICS,
    FOREIGN_LANGUAGE,
    FIRST_CHOICE_SUBJECT,
    MAX_ELECTIVE,
    /** Not a subscore: at a unit, whoever listed it earlier goes first. */
    VOLUNTEER_ORDER
}
