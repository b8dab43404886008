package org.jjjpark.enrollment;

/**
 * The track a candidate is ranked in: 3+1+2 provinces (Hebei) split by the first-choice subject, 3+3 provinces
 * (Beijing, Tianjin) rank everyone together.
 */
public enum SubjectTrack {
    PHYSICS,
    HISTORY,
    COMPREHENSIVE
}
