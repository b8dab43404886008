package org.jjjpark.enrollment;

/**
 * What a row of admission statistics is about. Files are dropped to units (投档单位) and admitted to majors, so drop
 * figures and rejections exist for units and the round, admissions at every level.
 */
public enum AdmissionStatisticsLevel {
    /** The whole round: every unit of one (year, source province, batch). */
    ROUND,
    /** One file-drop unit: an institution's major group (Beijing, Tianjin style) or one plan line (Hebei style). */
    UNIT,
    /** One major of a unit: one plan line. */
    MAJOR
}
