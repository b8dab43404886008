package org.jjjpark.enrollment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What an admission round found at one choice of an applicant's list, in list order up to the outcome: the basis
 * of the explanation PIPL art. 24 asks for.
 */
@Schema(name = "ChoiceTrace", description = "One choice of the list as the round examined it")
public record ChoiceTrace(
        @Schema(description = "Position in the list, from 0", example = "0")
        int position,
        @Schema(description = "The unit: an institution id (major group) or a plan line id (single-major batches)",
                example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        String unitId,
        @Schema(description = "INELIGIBLE: not open to the applicant; FULL: no file slot left at the applicant's "
                + "turn (d.1); ADMITTED or REJECTED: the file was dropped here and the unit decided (d.2)",
                example = "FULL")
        Kind kind,
        @Schema(description = "INELIGIBLE: the rule not met; REJECTED: QUOTA_FILLED, NOT_ADJUSTABLE or "
                + "NO_ELIGIBLE_SEAT; null otherwise", example = "NOT_ADJUSTABLE")
        String reason,
        @Schema(description = "ADMITTED: the major (plan line id); null otherwise",
                example = "8b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d06")
        String majorCode,
        @Schema(description = "ADMITTED to a major not listed (调剂)", example = "false")
        boolean adjusted,
        @Schema(description = "FULL: the last applicant dropped here before this applicant's turn; REJECTED with "
                + "QUOTA_FILLED: the last one admitted; null otherwise")
        Placement lastPlaced,
        @Schema(description = "ADMITTED or REJECTED: the majors tried before the outcome, each full or not open")
        List<MajorTrace> majorsPassedOver) {

    public enum Kind { INELIGIBLE, FULL, ADMITTED, REJECTED }

    public ChoiceTrace {
        majorsPassedOver = List.copyOf(majorsPassedOver);
    }
}
