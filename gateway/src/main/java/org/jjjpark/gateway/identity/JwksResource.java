package org.jjjpark.gateway.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public keys services use to verify the gateway's tokens. */
@Path("/.well-known/jwks.json")
@Tag(name = "Identity")
public class JwksResource {

    private final SigningKey key;

    @Inject
    public JwksResource(SigningKey key) {
        this.key = key;
    }

    @GET
    @PermitAll
    @Produces("application/jwk-set+json")
    @Operation(summary = "The token signing keys (JWKS)")
    @APIResponse(responseCode = "200", description = "JSON Web Key Set with the public RS256 key")
    public Response keys() {
        return Response.ok(key.jwksJson()).header("Cache-Control", "public, max-age=300").build();
    }
}
