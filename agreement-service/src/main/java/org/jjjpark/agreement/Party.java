package org.jjjpark.agreement;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A partner taking part in an agreement, and the part it plays there. */
@Schema(name = "Party", description = "A party to an agreement")
public record Party(
        @Schema(description = "Partner id, as registered in partner-service",
                example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01", required = true)
        @NotNull
        UUID partnerId,
        @Schema(description = "The part the partner plays in this agreement", example = "UNIVERSITY", required = true)
        @NotNull
        PartyRole role) {
}
