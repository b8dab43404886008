package org.jjjpark.agreement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A party's signature, recorded by the party itself or by an operator on its behalf. */
@Schema(name = "SignatureRequest", description = "A party's signature of an agreement")
public record SignatureRequest(
        @Schema(description = "The signing party. Required for operators; a partner client signs for itself and "
                + "may omit it", example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        UUID partyId,
        @Schema(description = "Who signed for the party, name and office", example = "Vice President, "
                + "Beijing Institute of Technology", required = true, maxLength = 200)
        @NotBlank @Size(max = 200)
        String signer,
        @Schema(description = "When the party signed; now when absent. Not in the future",
                example = "2024-02-21T10:00:00+08:00")
        @PastOrPresent
        OffsetDateTime signedAt) {
}
