package org.jjjpark.agreement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ending a signed or active agreement before its end date. */
@Schema(name = "TerminationRequest", description = "Why a signed or active agreement ends early")
public record TerminationRequest(
        @Schema(description = "Reason for the termination", example = "The university withdrew from the park by "
                + "mutual consent", required = true, maxLength = 500)
        @NotBlank @Size(max = 500)
        String reason) {
}
