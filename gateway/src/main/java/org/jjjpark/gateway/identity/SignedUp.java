package org.jjjpark.gateway.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The result of a sign-up: the candidate id that will be the subject of the applicant's tokens. */
@Schema(name = "SignedUp", description = "The new applicant account")
public record SignedUp(
        @Schema(description = "Candidate id; the subject of the applicant's tokens",
                example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID candidateId) {
}
