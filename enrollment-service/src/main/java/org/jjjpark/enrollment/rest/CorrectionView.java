package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** One correction of a candidate's record. */
@Schema(name = "CandidateCorrection", description = "A re-import that changed a candidate's record")
public record CorrectionView(
        @Schema(description = "The candidate's version after the correction", example = "1")
        long version,
        @Schema(description = "Fields whose value changed", example = "[\"totalScore\", \"mathematics\"]")
        List<String> changedFields,
        @Schema(description = "The commission client that imported it", example = "commission-130000")
        String correctedBy,
        @Schema(description = "When", example = "2026-06-26T09:00:00Z")
        OffsetDateTime correctedAt) {
}
