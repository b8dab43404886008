package org.jjjpark.admission.trace;

/** A major of the unit passed over at stage 2 before the applicant's outcome there (d.2). */
public sealed interface MajorStep permits IneligibleMajor, FullMajor {

    String majorCode();
}
