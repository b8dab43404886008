package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.ApplicationStatus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An application in the change feed: its newest state, with no name, ID number or other personal detail. */
@Schema(name = "ApplicationChange", description = "The newest state of an application that changed in the "
        + "requested range of change versions")
public record ApplicationChangeView(
        @Schema(description = "Change version of this state; the feed is ordered by it", example = "1042")
        long changeVersion,
        @Schema(description = "Application id", example = "2f6e8a1c-4b3d-4e2f-9a1b-6c5d4e3f2a05")
        UUID id,
        @Schema(description = "Natural key of the application")
        ApplicationKeyView key,
        @Schema(description = "SUBMITTED or WITHDRAWN; after the admission round ADMITTED, REJECTED or NOT_DROPPED",
                example = "SUBMITTED")
        ApplicationStatus status,
        @Schema(description = "Choices, most wanted first")
        List<ChoiceEntry> choices,
        @Schema(description = "When it last changed", example = "2026-06-28T10:15:00Z")
        OffsetDateTime updatedAt) {
}
