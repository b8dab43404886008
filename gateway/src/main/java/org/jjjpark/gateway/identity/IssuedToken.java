package org.jjjpark.gateway.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An access token response in the OAuth 2.0 shape (RFC 6749 section 5.1), which client libraries expect. */
@Schema(name = "AccessToken", description = "A bearer token for the platform's APIs")
public record IssuedToken(
        @Schema(description = "The JWT to send as `Authorization: Bearer ...`")
        @JsonProperty("access_token") String accessToken,
        @Schema(description = "Always Bearer", example = "Bearer")
        @JsonProperty("token_type") String tokenType,
        @Schema(description = "Seconds until the token expires", example = "900")
        @JsonProperty("expires_in") long expiresIn) {
}
