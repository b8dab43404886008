package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A candidate's corrections, oldest first, named for OpenAPI. */
@Schema(name = "CandidateCorrectionList", description = "A candidate's corrections, oldest first")
public record CorrectionList(
        @Schema(description = "The corrections") List<CorrectionView> items) {
}
