package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a round's applicants ended. */
@Schema(name = "RoundCounts", description = "How many applicants the round had, and how they ended")
public record RoundCountsView(
        @Schema(description = "Applications in the snapshot (SUBMITTED when the round started)", example = "812")
        int applicants,
        @Schema(description = "Admitted to a major", example = "640")
        int admitted,
        @Schema(description = "Rejected by the unit their file was dropped to (退档)", example = "97")
        int rejected,
        @Schema(description = "Dropped nowhere", example = "75")
        int notDropped,
        @Schema(description = "Capacities exceeded because applicants were fully tied at a cutoff (全部投档)",
                example = "0")
        int tieOverflows) {
}
