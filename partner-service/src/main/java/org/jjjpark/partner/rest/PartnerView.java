package org.jjjpark.partner.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.partner.PartnerStatus;
import org.jjjpark.partner.PartnerType;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A partner as clients see it. */
@Schema(name = "Partner", description = "A partner organisation of the park")
public record PartnerView(
        @Schema(description = "Partner id", example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        UUID id,
        @Schema(description = "Kind of organisation", example = "UNIVERSITY")
        PartnerType type,
        @Schema(description = "Official name in Chinese", example = "北京理工大学")
        String nameZh,
        @Schema(description = "Official name in English", example = "Beijing Institute of Technology")
        String nameEn,
        @Schema(description = "MoE institution code or unified social credit code", example = "10007")
        String identifier,
        @Schema(description = "GB/T 2260 region code", example = "110000")
        String regionCode,
        @Schema(description = "Office contact, if recorded")
        ContactDetails contact,
        @Schema(description = "ACTIVE, or INACTIVE after deactivation", example = "ACTIVE")
        PartnerStatus status,
        @Schema(description = "Version, increased by every change; also the ETag", example = "0")
        long version,
        @Schema(description = "When the partner was registered", example = "2026-11-29T09:00:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "When the partner last changed", example = "2026-11-29T09:00:00Z")
        OffsetDateTime updatedAt) {
}
