package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.AdmissionRoundStatus;
import org.jjjpark.enrollment.Batch;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An admission round with its manifest, as operators and commissions read it. */
@Schema(name = "AdmissionRound", description = "One run of the admission engine on a scope's frozen applications")
public record AdmissionRoundView(
        @Schema(description = "Round id", example = "6d7e8f90-a1b2-4c3d-8e4f-5a6b7c8d9e08")
        UUID id,
        @Schema(description = "Intake year", example = "2025")
        int intakeYear,
        @Schema(description = "Source province (GB/T 2260)", example = "130000")
        String sourceProvince,
        @Schema(description = "Admission batch", example = "UNDERGRADUATE")
        Batch batch,
        @Schema(description = "A dry run stored its result but changed no application and published nothing",
                example = "false")
        boolean dryRun,
        @Schema(description = "COMPLETED: verified and stored; FAILED: broke an invariant, nothing changed",
                example = "COMPLETED")
        AdmissionRoundStatus status,
        @Schema(description = "The round's manifest")
        RoundManifestView manifest,
        @Schema(description = "How the applicants ended; zero outcomes when the round failed")
        RoundCountsView counts,
        @Schema(description = "For a failed round: the invariants of DOMAIN.md d.6 the result broke",
                example = "[]")
        List<String> violations,
        @Schema(description = "When the round started", example = "2025-07-08T09:00:00Z")
        OffsetDateTime startedAt,
        @Schema(description = "When it finished", example = "2025-07-08T09:00:02Z")
        OffsetDateTime finishedAt) {
}
