package org.jjjpark.gateway.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.jjjpark.http.problem.Problem;

/** Applicants sign up (once, as a registered candidate) and sign in for a token. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class ApplicantAuthResource {

    private final AccountService accounts;

    @Inject
    public ApplicantAuthResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("/signup")
    @PermitAll
    @Operation(summary = "Sign up as an applicant",
            description = "Only candidates registered by their province's education authority can sign up. A "
                    + "refusal never says which detail did not match.")
    @APIResponse(responseCode = "201", description = "Account created",
            content = @Content(schema = @Schema(implementation = SignedUp.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused (SIGNUP_REFUSED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many attempts (RATE_LIMITED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response signUp(@Valid @NotNull SignUpRequest body) {
        return Response.status(201).entity(accounts.signUp(body)).build();
    }

    @POST
    @Path("/signin")
    @PermitAll
    @Operation(summary = "Sign in as an applicant", description = "Returns a bearer token whose subject is the "
            + "candidate id.")
    @APIResponse(responseCode = "200", description = "A bearer token",
            content = @Content(schema = @Schema(implementation = IssuedToken.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Wrong exam number or password (INVALID_CREDENTIALS)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many attempts (RATE_LIMITED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response signIn(@Valid @NotNull SignInRequest body) {
        return Response.ok(accounts.signIn(body)).header("Cache-Control", "no-store").build();
    }
}
