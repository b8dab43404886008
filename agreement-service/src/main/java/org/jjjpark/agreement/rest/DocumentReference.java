package org.jjjpark.agreement.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The document the parties sign: its fingerprint and where to read it. */
@Schema(name = "DocumentReference", description = "The signed document, identified by its SHA-256 and located by a URI")
public record DocumentReference(
        @Schema(description = "SHA-256 of the document's bytes, hex (stored in lower case)",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", required = true)
        @NotNull @Pattern(regexp = "^[0-9a-fA-F]{64}$", message = "must be 64 hexadecimal characters (SHA-256)")
        String sha256,
        @Schema(description = "Absolute URI where the document is kept",
                example = "https://documents.jjjpark.example/agreements/JJJP-2024-CC-001.pdf", required = true,
                maxLength = 500)
        @NotNull @Size(max = 500)
        @Pattern(regexp = "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$", message = "must be an absolute URI without spaces")
        String uri) {
}
