package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.Batch;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An application as its applicant sees it. */
@Schema(name = "Application", description = "An applicant's ordered choice list for one batch")
public record ApplicationView(
        @Schema(description = "Application id", example = "2f6e8a1c-4b3d-4e2f-9a1b-6c5d4e3f2a05")
        UUID id,
        @Schema(description = "The applicant's candidate id", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID candidateId,
        @Schema(description = "Intake year", example = "2026")
        int intakeYear,
        @Schema(description = "Source province (GB/T 2260)", example = "130000")
        String sourceProvince,
        @Schema(description = "Admission batch", example = "UNDERGRADUATE")
        Batch batch,
        @Schema(description = "SUBMITTED or WITHDRAWN; after the admission round ADMITTED, REJECTED or NOT_DROPPED",
                example = "SUBMITTED")
        ApplicationStatus status,
        @Schema(description = "Choices, most wanted first")
        List<ChoiceEntry> choices,
        @Schema(description = "Status history, oldest first")
        List<StatusChangeView> statusHistory,
        @Schema(description = "Version, increased by every change; also the ETag", example = "0")
        long version,
        @Schema(description = "When the application was submitted", example = "2026-06-28T10:15:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "When it last changed", example = "2026-06-28T10:15:00Z")
        OffsetDateTime updatedAt) {
}
