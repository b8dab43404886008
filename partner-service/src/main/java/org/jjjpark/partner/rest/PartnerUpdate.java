package org.jjjpark.partner.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields of a partner that can change; type and identifier are fixed at registration. */
@Schema(name = "PartnerUpdate", description = "New values of a partner's changeable fields (all replaced)")
public record PartnerUpdate(
        @Schema(description = "Official name in Chinese", example = "北京理工大学", required = true, maxLength = 200)
        @NotBlank @Size(max = 200)
        String nameZh,
        @Schema(description = "Official name in English", example = "Beijing Institute of Technology", required = true,
                maxLength = 300)
        @NotBlank @Size(max = 300)
        String nameEn,
        @Schema(description = "GB/T 2260 region code", example = "110108", required = true)
        @NotBlank @Size(max = 6)
        String regionCode,
        @Schema(description = "Office contact; omit to remove it")
        @Valid
        ContactDetails contact) {
}
