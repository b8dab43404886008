package org.jjjpark.gateway.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client and its secret, returned once when created or rotated: the platform keeps only a hash. */
@Schema(name = "ClientCredentials", description = "A client id and its secret; store the secret now, it is not shown again")
public record ClientCredentials(
        @Schema(description = "The client")
        ClientView client,
        @Schema(description = "The client secret for the token endpoint", example = "q3V9l8s0bXc4...")
        String clientSecret) {
}
