package org.jjjpark.partner.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.partner.PartnerType;

/** Registration of a new partner. */
@Schema(name = "PartnerRequest", description = "A partner to register")
public record PartnerRequest(
        @Schema(description = "Kind of organisation", example = "UNIVERSITY", required = true)
        @NotNull
        PartnerType type,
        @Schema(description = "Official name in Chinese", example = "北京理工大学", required = true, maxLength = 200)
        @NotBlank @Size(max = 200)
        String nameZh,
        @Schema(description = "Official name in English", example = "Beijing Institute of Technology", required = true,
                maxLength = 300)
        @NotBlank @Size(max = 300)
        String nameEn,
        @Schema(description = "5-digit Ministry of Education code for universities and vocational colleges; "
                + "18-character unified social credit code (with a valid check character) for every other type",
                example = "10007", required = true, maxLength = 18)
        @NotBlank @Size(max = 18)
        String identifier,
        @Schema(description = "GB/T 2260 region code of the partner's seat", example = "110000", required = true)
        @NotBlank @Size(max = 6)
        String regionCode,
        @Schema(description = "Office contact (optional)")
        @Valid
        ContactDetails contact) {
}
