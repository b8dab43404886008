package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.ApplicationStatus;

import java.math.BigDecimal;
import java.util.UUID;

/** What a round decided for one application; pseudonymous ids only. */
@Schema(name = "AdmissionDecision", description = "The outcome of one application in an admission round")
public record AdmissionDecisionView(
        @Schema(description = "The round", example = "6d7e8f90-a1b2-4c3d-8e4f-5a6b7c8d9e08")
        UUID roundId,
        @Schema(description = "The application", example = "2f6e8a1c-4b3d-4e2f-9a1b-6c5d4e3f2a05")
        UUID applicationId,
        @Schema(description = "The applicant's candidate id", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID candidateId,
        @Schema(description = "Rank (位次) among the round's applicants", example = "4102")
        int rank,
        @Schema(description = "Total score", example = "605")
        BigDecimal score,
        @Schema(description = "ADMITTED, REJECTED or NOT_DROPPED", example = "ADMITTED")
        ApplicationStatus outcome,
        @Schema(description = "The unit the file was dropped to: an institution id (major group) or a plan line id "
                + "(single-major batches); null when not dropped", example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        String unitId,
        @Schema(description = "The admitted major (plan line); null unless admitted",
                example = "8b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d06")
        UUID planLineId,
        @Schema(description = "Admitted to a major the applicant did not list (调剂)", example = "false")
        boolean adjusted,
        @Schema(description = "When rejected: QUOTA_FILLED, NOT_ADJUSTABLE or NO_ELIGIBLE_SEAT; null otherwise",
                example = "NOT_ADJUSTABLE")
        String rejectionReason) {
}
