package org.jjjpark.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Seats in force for one program, intake year, source province and plan type, summed over active agreements. */
@Schema(name = "SeatTotal", description = "Seats authorised by active agreements for one program, intake year, "
        + "source province and plan type")
public record SeatTotal(
        @Schema(description = "Program id", example = "0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02")
        UUID programId,
        @Schema(description = "Catalogue code of the program, as last heard from partner-service", example = "080717T")
        String catalogueCode,
        @Schema(description = "Program name in Chinese", example = "人工智能")
        String programNameZh,
        @Schema(description = "Program name in English", example = "Artificial Intelligence")
        String programNameEn,
        @Schema(description = "Partner id of the institution offering the program",
                example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        UUID institutionId,
        @Schema(description = "Intake year", example = "2024")
        int intakeYear,
        @Schema(description = "GB/T 2260 province the applicants come from", example = "130000")
        String sourceProvince,
        @Schema(description = "Enrollment plan type", example = "GENERAL")
        PlanType planType,
        @Schema(description = "Seats in force", example = "40")
        long seats) {
}
