package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The result of one candidate import, in the order of the request. */
@Schema(name = "ImportReport", description = "The result of a candidate import")
public record ImportReport(
        @Schema(description = "Candidates registered for the first time", example = "2998")
        int created,
        @Schema(description = "Candidates whose record changed (each change is kept in their history)", example = "2")
        int corrected,
        @Schema(description = "Candidates imported again without change", example = "0")
        int unchanged,
        @Schema(description = "One outcome per imported record, in request order")
        List<ImportOutcome> outcomes) {
}
