package org.jjjpark.enrollment;

/**
 * What first-choice demand is counted for. A unit (投档单位) is a single major in batches with one major per choice
 * (J = 1, Hebei style) and an institution's major group in the others (Beijing and Tianjin style).
 */
public enum DemandLevel {
    /** Per plan line: applications whose first choice starts with this major. */
    PROGRAM,
    /** Per institution: applications whose first choice is one of the institution's majors or its major group. */
    INSTITUTION
}
