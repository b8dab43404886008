package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.Batch;

import java.time.OffsetDateTime;

/** The natural key of an application, as both change feeds carry it. */
@Schema(name = "ApplicationNaturalKey", description = "Identifies an application without its id: a client that "
        + "keys its copy this way applies tombstones by it. The submission time is part of it because a candidate "
        + "may withdraw and submit again in the same batch.")
public record ApplicationKeyView(
        @Schema(description = "Intake year", example = "2026")
        int intakeYear,
        @Schema(description = "Source province (GB/T 2260)", example = "130000")
        String sourceProvince,
        @Schema(description = "Admission batch", example = "UNDERGRADUATE")
        Batch batch,
        @Schema(description = "The candidate's exam number (考生号)", example = "26130102150001")
        String examNumber,
        @Schema(description = "When the application was submitted", example = "2026-06-28T10:15:00Z")
        OffsetDateTime submittedAt) {
}
