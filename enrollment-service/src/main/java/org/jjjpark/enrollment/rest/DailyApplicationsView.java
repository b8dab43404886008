package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanType;

import java.time.LocalDate;
import java.util.UUID;

/** One cell of applications by day, as clients see it. */
@Schema(name = "DailyApplications", description = "Applications submitted on one day (Beijing time) that list one "
        + "plan line and are now in one status, with the running total from the first day. A cell of another "
        + "source province than the commission's own that counts fewer than 5 applications is suppressed: its "
        + "counts are absent and suppressed is true.")
public record DailyApplicationsView(
        @Schema(description = "Intake year", example = "2026")
        int intakeYear,
        @Schema(description = "Province the applicants come from (GB/T 2260)", example = "130000")
        String sourceProvince,
        @Schema(description = "Admission batch", example = "UNDERGRADUATE")
        Batch batch,
        @Schema(description = "Day the applications were submitted, in the park's calendar (Beijing time)",
                example = "2026-06-25")
        LocalDate submittedOn,
        @Schema(description = "Status the applications are in now", example = "SUBMITTED")
        ApplicationStatus status,
        @Schema(description = "The plan line (a major in one province's plan) the applications list",
                example = "8b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d06")
        UUID planLineId,
        @Schema(description = "The line's program (major)", example = "0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02")
        UUID programId,
        @Schema(description = "The program's institution; absent while the program is unknown here",
                example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        UUID institutionId,
        @Schema(description = "The line's plan type", example = "GENERAL")
        PlanType planType,
        @Schema(description = "Applications submitted that day; absent when suppressed", example = "42")
        Long applications,
        @Schema(description = "Applications submitted from the first day up to this one (same plan line and "
                + "status); absent when suppressed", example = "117")
        Long cumulativeApplications,
        @Schema(description = "True when the counts are withheld to protect a small group of another province's "
                + "applicants (fewer than 5)", example = "false")
        boolean suppressed) {
}
