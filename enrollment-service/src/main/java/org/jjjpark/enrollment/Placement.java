package org.jjjpark.enrollment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** The last applicant placed somewhere before another's turn came: what that applicant is compared with. */
@Schema(name = "Placement", description = "The last applicant placed at a unit or major before this applicant's turn")
public record Placement(
        @Schema(description = "Their total score", example = "612")
        BigDecimal score,
        @Schema(description = "Their rank (位次) in the round", example = "3418")
        int rank,
        @Schema(description = "The first key of the priority order on which they came before this applicant: "
                + "TOTAL_SCORE, a tie-break key, VOLUNTEER_ORDER or LOTTERY", example = "TOTAL_SCORE")
        String decidedBy) {
}
