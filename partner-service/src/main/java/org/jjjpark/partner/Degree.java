package org.jjjpark.partner;

/** Discipline of the bachelor's degree a program awards (学位授予门类). */
public enum Degree {
    PHILOSOPHY,
    ECONOMICS,
    LAW,
    EDUCATION,
    LITERATURE,
    HISTORY,
    SCIENCE,
    ENGINEERING,
    AGRICULTURE,
    MEDICINE,
    MANAGEMENT,
    ART,
    INTERDISCIPLINARY
}
