package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A tombstone in the deletes feed. */
@Schema(name = "ApplicationDeletion", description = "An application that was erased (data-subject deletion or "
        + "retention purge); remove it from any copy")
public record ApplicationDeletionView(
        @Schema(description = "Change version of the deletion, from the same sequence as the changes",
                example = "1043")
        long changeVersion,
        @Schema(description = "Id the application had", example = "2f6e8a1c-4b3d-4e2f-9a1b-6c5d4e3f2a05")
        UUID id,
        @Schema(description = "Natural key the application had")
        ApplicationKeyView key,
        @Schema(description = "When it was erased", example = "2027-01-15T09:00:00Z")
        OffsetDateTime deletedAt) {
}
