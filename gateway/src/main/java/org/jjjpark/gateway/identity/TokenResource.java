package org.jjjpark.gateway.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jjjpark.http.problem.ProblemMappers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * OAuth 2.0 token endpoint for system clients (client credentials grant). Its errors follow RFC 6749, not
 * problem+json, because that is what OAuth client libraries understand.
 */
@Path("/oauth2/token")
@Tag(name = "Identity", description = "Tokens, clients and applicant accounts")
public class TokenResource {

    private static final Logger LOG = Logger.getLogger(TokenResource.class);

    private final ClientService clients;

    @Inject
    public TokenResource(ClientService clients) {
        this.clients = clients;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get an access token with client credentials",
            description = "Send grant_type=client_credentials and the client's id and secret, either as HTTP Basic "
                    + "authentication or as client_id and client_secret form fields.")
    @APIResponse(responseCode = "200", description = "A bearer token",
            content = @Content(schema = @Schema(implementation = IssuedToken.class)))
    @APIResponse(responseCode = "400", description = "Missing fields or another grant type",
            content = @Content(schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(responseCode = "401", description = "Unknown or disabled client, or wrong secret",
            content = @Content(schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(responseCode = "429", description = "Too many attempts from this address (RATE_LIMITED)",
            content = @Content(mediaType = "application/problem+json"))
    public Response token(@FormParam("grant_type") String grantType,
                          @FormParam("client_id") String formClientId,
                          @FormParam("client_secret") String formClientSecret,
                          @HeaderParam("Authorization") String authorization) {
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type", "only grant_type=client_credentials is supported");
        }
        String[] basic = basicCredentials(authorization);
        String clientId = basic != null ? basic[0] : formClientId;
        String secret = basic != null ? basic[1] : formClientSecret;
        if (clientId == null || secret == null || clientId.length() > 64 || secret.length() > 200) {
            return error(400, "invalid_request", "send client_id and client_secret, or HTTP Basic authentication");
        }
        return clients.exchange(clientId, secret)
                .map(token -> Response.ok(token).header("Cache-Control", "no-store").build())
                .orElseGet(() -> Response.fromResponse(error(401, "invalid_client", "client authentication failed"))
                        .header("WWW-Authenticate", "Basic realm=\"jjjpark\"").build());
    }

    /**
     * A form body with a broken percent-encoding never reaches {@link #token}: the framework refuses to decode it
     * first. Answered as RFC 6749 asks; any other illegal argument here is a fault of ours, logged.
     */
    @ServerExceptionMapper
    public Response refused(IllegalArgumentException e) {
        if (ProblemMappers.undecodablePercentEncoding(e)) {
            return error(400, "invalid_request", "the form body is not valid percent-encoded UTF-8");
        }
        LOG.error("token request failed", e);
        return error(500, "server_error", "the request failed unexpectedly; it has been logged");
    }

    private static Response error(int status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .entity(new OAuthError(error, description)).build();
    }

    /** {@code [clientId, secret]} of an HTTP Basic header, or {@code null}. */
    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
