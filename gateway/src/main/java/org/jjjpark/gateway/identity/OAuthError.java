package org.jjjpark.gateway.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error of the token endpoint, in the shape OAuth 2.0 clients parse (RFC 6749 section 5.2). */
@Schema(name = "OAuthError", description = "Token endpoint error (RFC 6749 section 5.2)")
public record OAuthError(
        @Schema(description = "invalid_request, invalid_client or unsupported_grant_type", example = "invalid_client")
        String error,
        @Schema(description = "Human-readable explanation", example = "client authentication failed")
        String error_description) {
}
