package org.jjjpark.gateway.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A system client to create. */
@Schema(name = "ClientRequest", description = "A system client to create")
public record ClientRequest(
        @Schema(description = "Who runs the system", example = "Hebei Education Examinations Authority", required = true,
                maxLength = 200)
        @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "What the client may do", example = "COMMISSION", required = true)
        @NotNull
        ClientRole role,
        @Schema(description = "Required for COMMISSION: the province it acts for (110000, 120000 or 130000)",
                example = "130000")
        String province,
        @Schema(description = "Required for PARTNER: the partner it acts for",
                example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        UUID partnerId) {
}
