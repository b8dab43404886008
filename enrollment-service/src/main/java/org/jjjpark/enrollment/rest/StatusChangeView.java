package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.ApplicationStatus;

import java.time.OffsetDateTime;

/** One step of an application's status history. */
@Schema(name = "StatusChange", description = "One step of an application's status history")
public record StatusChangeView(
        @Schema(description = "The status entered", example = "SUBMITTED")
        ApplicationStatus status,
        @Schema(description = "The application's version after the change", example = "0")
        long version,
        @Schema(description = "When", example = "2026-06-28T10:15:00Z")
        OffsetDateTime changedAt) {
}
