package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanLineStatus;
import org.jjjpark.enrollment.PlanType;

import java.math.BigDecimal;
import java.util.UUID;

/** One plan line against the applications that list it, as clients see it. */
@Schema(name = "PlanVsApplications", description = "Seats of one plan line (a program with one plan type, from "
        + "one agreement) against the active applications listing it. A row of another source province than the "
        + "commission's own with fewer than 5 applications is suppressed: the application figures are absent and "
        + "suppressed is true. Seats are public plan data and always shown.")
public record PlanVsApplicationsView(
        @Schema(description = "The plan line", example = "8b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d06")
        UUID planLineId,
        @Schema(description = "The agreement that allocated the seats", example = "7e2a9c4d-1b3f-4e5a-8c6d-9f0e1a2b3c04")
        UUID agreementId,
        @Schema(description = "The program (major)", example = "0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02")
        UUID programId,
        @Schema(description = "The program's institution; absent while the program is unknown here",
                example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        UUID institutionId,
        @Schema(description = "Intake year", example = "2026")
        int intakeYear,
        @Schema(description = "Province whose plan the seats count against (GB/T 2260)", example = "110000")
        String planProvince,
        @Schema(description = "Province the applicants come from (GB/T 2260)", example = "130000")
        String sourceProvince,
        @Schema(description = "Admission batch", example = "UNDERGRADUATE")
        Batch batch,
        @Schema(description = "Plan type", example = "ORDER_CLASS")
        PlanType planType,
        @Schema(description = "OPEN, or CLOSED once the agreement no longer allocates the seats", example = "OPEN")
        PlanLineStatus lineStatus,
        @Schema(description = "Seats in force: the line's seats while it is open, 0 once it is closed", example = "40")
        long seats,
        @Schema(description = "Active (not withdrawn) applications listing the line in any choice; absent when "
                + "suppressed", example = "96")
        Long applications,
        @Schema(description = "applications / seats, to two decimals; absent when suppressed or without seats",
                example = "2.40")
        BigDecimal applicationsPerSeat,
        @Schema(description = "True when the application figures are withheld to protect a small group of another "
                + "province's applicants (fewer than 5)", example = "false")
        boolean suppressed) {
}
