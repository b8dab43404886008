package org.jjjpark.partner.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The partner's office contact for the park. */
@Schema(name = "ContactDetails", description = "Office contact of the partner (personal data: never published in events)")
public record ContactDetails(
        @Schema(description = "Contact person or office", example = "Office of Academic Affairs", maxLength = 100)
        @Size(max = 100)
        String name,
        @Schema(description = "E-mail address", example = "park-office@example.edu.cn", maxLength = 254)
        @Email @Size(max = 254)
        String email,
        @Schema(description = "Telephone number", example = "+86 10 6891 0000", maxLength = 30)
        @Pattern(regexp = "^\\+?[0-9][0-9 -]{4,28}$", message = "must be a telephone number, e.g. +86 10 6891 0000")
        String phone) {
}
