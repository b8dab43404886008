package org.jjjpark.admission.trace;

/**
 * The major had no seat left at the applicant's turn.
 *
 * @param lastAdmitted the last applicant admitted to it before them; null when it has no seat at all
 */
public record FullMajor(String majorCode, int quota, Cutoff lastAdmitted) implements MajorStep {
}
