package org.jjjpark.agreement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.agreement.PartyRole;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A party as clients see it: the partner's names from the replica and its signature, once given. */
@Schema(name = "AgreementParty", description = "A party to an agreement and its signature")
public record PartyView(
        @Schema(description = "Partner id", example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        UUID partnerId,
        @Schema(description = "The part the partner plays in this agreement", example = "UNIVERSITY")
        PartyRole role,
        @Schema(description = "Partner's name in Chinese, as last heard from partner-service", example = "北京理工大学")
        String nameZh,
        @Schema(description = "Partner's name in English, as last heard from partner-service",
                example = "Beijing Institute of Technology")
        String nameEn,
        @Schema(description = "GB/T 2260 region code of the partner's seat", example = "110000")
        String regionCode,
        @Schema(description = "Who signed for the party; absent until it signs", example = "Vice President, "
                + "Beijing Institute of Technology")
        String signer,
        @Schema(description = "When the party signed; absent until it signs", example = "2024-02-21T10:00:00+08:00")
        OffsetDateTime signedAt) {
}
