package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.DemandLevel;
import org.jjjpark.enrollment.PlanType;

import java.math.BigDecimal;
import java.util.UUID;

/** First-choice demand of one unit, as clients see it. */
@Schema(name = "FirstChoiceDemand", description = "How many active applications rank a unit first, against its "
        + "seats. A row of another source province than the commission's own whose count is under 5 is "
        + "suppressed: count and ratio are absent and suppressed is true. Seats are public plan data and always shown.")
public record FirstChoiceDemandView(
        @Schema(description = "PROGRAM: the unit is one plan line (a major, as in batches with one major per "
                + "choice); INSTITUTION: the unit is the institution's major group", example = "PROGRAM")
        DemandLevel level,
        @Schema(description = "Intake year", example = "2026")
        int intakeYear,
        @Schema(description = "Province the applicants come from (GB/T 2260)", example = "130000")
        String sourceProvince,
        @Schema(description = "Admission batch", example = "UNDERGRADUATE")
        Batch batch,
        @Schema(description = "The institution offering the unit; absent while a line's program is unknown here",
                example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        UUID institutionId,
        @Schema(description = "The plan line; PROGRAM level only", example = "8b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d06")
        UUID planLineId,
        @Schema(description = "The line's program (major); PROGRAM level only",
                example = "0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02")
        UUID programId,
        @Schema(description = "The line's plan type; PROGRAM level only", example = "GENERAL")
        PlanType planType,
        @Schema(description = "Seats in force: of the open plan lines (a closed line has none)", example = "40")
        long seats,
        @Schema(description = "Active (not withdrawn) applications whose first choice is this unit: for a plan "
                + "line, whose first choice starts with it; absent when suppressed", example = "57")
        Long firstChoiceApplications,
        @Schema(description = "firstChoiceApplications / seats, to two decimals; absent when suppressed or without "
                + "seats", example = "1.43")
        BigDecimal demandRatio,
        @Schema(description = "True when the count and ratio are withheld to protect a small group of another "
                + "province's applicants (fewer than 5)", example = "false")
        boolean suppressed) {
}
