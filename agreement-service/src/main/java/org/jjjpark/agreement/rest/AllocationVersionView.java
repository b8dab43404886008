package org.jjjpark.agreement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.agreement.SeatAllocation;

import java.time.OffsetDateTime;
import java.util.List;

/** One version of an agreement's seat allocations. */
@Schema(name = "AllocationVersion", description = "One version of an agreement's seat allocations")
public record AllocationVersionView(
        @Schema(description = "1 for the signed original, then one more per amendment", example = "1")
        int number,
        @Schema(description = "Why the allocations were amended; absent for the original",
                example = "Supplementary agreement of 2025")
        String reason,
        @Schema(description = "When this version was recorded", example = "2024-02-21T02:00:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "The allocations of this version")
        List<SeatAllocation> allocations) {
}
