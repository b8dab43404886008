package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanType;

import java.util.UUID;

/** The seats one agreement puts into one plan, as clients see them. */
@Schema(name = "AgreementSeats", description = "Seats one agreement allocates to one (intake year, plan province, "
        + "source province, batch, plan type), from its plan lines. Plan data: nothing here counts applicants.")
public record AgreementSeatsView(
        @Schema(description = "The agreement", example = "7e2a9c4d-1b3f-4e5a-8c6d-9f0e1a2b3c04")
        UUID agreementId,
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
        @Schema(description = "Plan lines (programs) in force", example = "3")
        long openLines,
        @Schema(description = "Plan lines the agreement no longer allocates (terminated, expired or amended away)",
                example = "0")
        long closedLines,
        @Schema(description = "Seats of the lines in force", example = "120")
        long seats) {
}
