package org.jjjpark.admission.input;

/** The first key of the priority order on which two applicants differ: what an explanation says decided. */
public enum DecidingKey {
    TOTAL_SCORE,
    CHINESE_PLUS_MATHEMATICS,
    MAX_CHINESE_MATHEMATICS,
    FOREIGN_LANGUAGE,
    FIRST_CHOICE_SUBJECT,
    MAX_ELECTIVE,
    VOLUNTEER_ORDER,
    LOTTERY;

    static DecidingKey of(TieBreakKey key) {
        return valueOf(key.name());
    }
}
