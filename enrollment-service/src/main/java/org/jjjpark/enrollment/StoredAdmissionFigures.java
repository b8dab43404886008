package org.jjjpark.enrollment;

/** Admission figures as stored, with the change version a copy syncs them by. */
public record StoredAdmissionFigures(AdmissionFigures figures, long changeVersion) {
}
