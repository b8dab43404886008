package org.jjjpark.agreement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.agreement.SeatAllocation;

import java.util.List;

/** A new version of an active agreement's seat allocations. */
@Schema(name = "AmendmentRequest", description = "The complete new seat allocations of an active agreement")
public record AmendmentRequest(
        @Schema(description = "Every allocation of the new version (not a difference): lines left out lose their "
                + "seats", required = true)
        @NotNull @Size(min = 1, max = 500)
        List<@Valid @NotNull SeatAllocation> allocations,
        @Schema(description = "Why the allocations change", example = "Supplementary agreement of 2025: 20 more "
                + "seats for Hebei applicants", required = true, maxLength = 500)
        @NotBlank @Size(max = 500)
        String reason) {
}
