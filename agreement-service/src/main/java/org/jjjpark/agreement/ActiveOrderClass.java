package org.jjjpark.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An order class in effect, with the enterprise that sponsors it and the seats it holds. */
@Schema(name = "ActiveOrderClass", description = "An active order class and its sponsor")
public record ActiveOrderClass(
        @Schema(description = "Agreement id", example = "7e2a9c4d-1b3f-4e5a-8c6d-9f0e1a2b3c04")
        UUID agreementId,
        @Schema(description = "The agreement's own number", example = "JJJP-2024-OC-001")
        String reference,
        @Schema(description = "Title", example = "JD.com logistics order class")
        String title,
        @Schema(description = "Partner id of the sponsor", example = "2d7e4b1a-9c3f-4a5e-8b6d-0f1e2a3b4c05")
        UUID sponsorId,
        @Schema(description = "Sponsor's name in Chinese, as last heard from partner-service", example = "京东")
        String sponsorNameZh,
        @Schema(description = "Sponsor's name in English, as last heard from partner-service", example = "JD.com")
        String sponsorNameEn,
        @Schema(description = "First day in effect", example = "2024-02-21")
        LocalDate effectiveFrom,
        @Schema(description = "Last day in effect", example = "2028-08-31")
        LocalDate effectiveTo,
        @Schema(description = "Seats of the allocation version in force", example = "40")
        long seats) {
}
