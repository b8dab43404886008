package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanLineStatus;
import org.jjjpark.enrollment.PlanType;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A plan line as clients see it. */
@Schema(name = "PlanLine", description = "Seats of one program in one province's enrollment plan, from an agreement")
public record PlanLineView(
        @Schema(description = "Plan line id; applicants list it as a major in their choices",
                example = "8b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d06")
        UUID id,
        @Schema(description = "The agreement that allocated the seats", example = "7e2a9c4d-1b3f-4e5a-8c6d-9f0e1a2b3c04")
        UUID agreementId,
        @Schema(description = "The program (major)", example = "0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02")
        UUID programId,
        @Schema(description = "The institution offering the program; absent until its program is known here",
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
        @Schema(description = "Plan type", example = "GENERAL")
        PlanType planType,
        @Schema(description = "Seats allocated", example = "40")
        int seats,
        @Schema(description = "OPEN, or CLOSED once the agreement no longer allocates the seats", example = "OPEN")
        PlanLineStatus status,
        @Schema(description = "When the line was first planned", example = "2026-03-01T09:00:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "When the line last changed", example = "2026-03-01T09:00:00Z")
        OffsetDateTime updatedAt) {
}
