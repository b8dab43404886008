package org.jjjpark.admission.input;

/** A part of an applicant's scores that a unit or major may set a minimum for (单科成绩要求, DOMAIN.md d.0). */
public enum ScoreComponent {
    TOTAL,
    CHINESE,
    MATHEMATICS,
    FOREIGN_LANGUAGE,
    FIRST_CHOICE_SUBJECT
}
