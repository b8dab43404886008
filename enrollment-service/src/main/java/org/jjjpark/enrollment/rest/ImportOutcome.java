package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What an import did with one candidate. */
@Schema(name = "ImportOutcome", description = "What an import did with one candidate")
public record ImportOutcome(
        @Schema(description = "Exam number, as imported", example = "26130102150001")
        String examNumber,
        @Schema(description = "The candidate's id; the applicant's token subject once they sign up",
                example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID candidateId,
        @Schema(description = "CREATED, CORRECTED or UNCHANGED", example = "CREATED")
        Result result) {

    /** What happened to the record. */
    public enum Result { CREATED, CORRECTED, UNCHANGED }
}
