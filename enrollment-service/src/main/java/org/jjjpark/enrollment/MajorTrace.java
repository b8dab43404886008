package org.jjjpark.enrollment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A major of a unit passed over at stage 2 before the applicant's outcome there (DOMAIN.md d.2). */
@Schema(name = "MajorTrace", description = "A major passed over: full, or not open to this applicant")
public record MajorTrace(
        @Schema(description = "The major (plan line id)", example = "8b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d06")
        String majorCode,
        @Schema(description = "Why it was passed over: FULL, or the eligibility rule not met "
                + "(BELOW_CONTROL_LINE, SUBJECT_REQUIREMENT, SCORE_MINIMUM, RESTRICTION)", example = "FULL")
        String reason,
        @Schema(description = "For FULL: the last applicant admitted to it before this applicant's turn; null when "
                + "it had no seat at all")
        Placement lastAdmitted) {

    public static final String FULL = "FULL";
}
