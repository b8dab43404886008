package org.jjjpark.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many agreements of one type are in one status. */
@Schema(name = "AgreementCount", description = "Number of agreements of one type in one status")
public record AgreementCount(
        @Schema(description = "Kind of agreement", example = "CO_CONSTRUCTION")
        AgreementType type,
        @Schema(description = "Lifecycle status", example = "ACTIVE")
        AgreementStatus status,
        @Schema(description = "Number of agreements", example = "4")
        long agreements) {
}
