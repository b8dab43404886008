package org.jjjpark.enrollment.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jjjpark.enrollment.AdmissionDecision;
import org.jjjpark.enrollment.AdmissionRound;
import org.jjjpark.enrollment.AdmissionScope;
import org.jjjpark.enrollment.mapping.EnrollmentMapper;
import org.jjjpark.enrollment.service.AdmissionRoundService;
import org.jjjpark.http.idempotency.IdempotentCreation;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.security.Caller;
import org.jjjpark.http.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * HTTP face of admission rounds: an operator starts one after a scope's window closed and reads everything; a
 * commission reads any round's manifest and canonical input, to re-run it, and the decisions on its own
 * province's applicants.
 */
@Path("/api/v1/admission-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admission rounds", description = "File-drop and admission (投档录取) of one batch, verified and re-runnable")
public class AdmissionRoundResource {

    private final AdmissionRoundService rounds;
    private final IdempotentCreation idempotency;
    private final Caller caller;

    @Inject
    public AdmissionRoundResource(AdmissionRoundService rounds, IdempotentCreation idempotency, Caller caller) {
        this.rounds = rounds;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Run an admission round",
            description = "Runs the engine on the SUBMITTED applications of (intakeYear, sourceProvince, batch) once "
                    + "its filling window has closed, verifies the result against DOMAIN.md d.6 and stores it with "
                    + "its manifest. Unless dryRun, moves every application to ADMITTED, REJECTED or NOT_DROPPED and "
                    + "publishes ApplicantAdmitted / ApplicantRejected per applicant and AdmissionRoundCompleted. A "
                    + "result that breaks an invariant is stored as a FAILED round: nothing changes, nothing is "
                    + "published. Runs synchronously, in one transaction of at most 30 minutes; a province of about a "
                    + "million lists takes minutes.")
    @APIResponse(responseCode = "201", description = "The round ran (COMPLETED or FAILED)",
            headers = @Header(name = "Location", description = "URL of the round"),
            content = @Content(schema = @Schema(implementation = AdmissionRoundView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED, MALFORMED_JSON)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an operator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The window is not closed yet (WINDOW_STILL_OPEN), or a round "
            + "already moved this scope's applications (ROUND_ALREADY_COMPLETED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No admission rules for the scope (ADMISSION_CONFIG_NOT_FOUND), "
            + "a strict lottery without a published seed (LOTTERY_SEED_NOT_PUBLISHED), stored data that cannot "
            + "form a round (ROUND_INPUT_INVALID), or Idempotency-Key reused (IDEMPOTENCY_KEY_REUSED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(
            @Parameter(description = "Client-chosen key that makes retries safe, e.g. a UUID")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull AdmissionRoundRequest body,
            @Context UriInfo uri) {
        // The round's one transaction begins here, with the round's timeout and its snapshot isolation; the
        // idempotency key and the round join it and commit together.
        return QuarkusTransaction.requiringNew().timeout(AdmissionRoundService.ROUND_TIMEOUT_SECONDS).call(() -> {
            rounds.useSnapshotIsolation();
            return idempotency.create("POST /api/v1/admission-rounds", idempotencyKey, body, () -> {
                AdmissionRound round = rounds.start(new AdmissionScope(body.intakeYear(), body.sourceProvince(),
                        body.batch()), body.isDryRun());
                return Response.created(uri.getAbsolutePathBuilder().path(round.id.toString()).build())
                        .entity(EnrollmentMapper.toView(round)).build();
            });
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.COMMISSION})
    @Operation(summary = "Read a round and its manifest",
            description = "Commissions may read the rounds of every province: the manifest is public to them.")
    @APIResponse(responseCode = "200", description = "The round",
            content = @Content(schema = @Schema(implementation = AdmissionRoundView.class)))
    @APIResponse(responseCode = "403", description = "Neither operator nor commission", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round (ROUND_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AdmissionRoundView get(@PathParam("id") UUID id) {
        return EnrollmentMapper.toView(rounds.get(id));
    }

    @GET
    @Path("/{id}/canonical-input")
    @RolesAllowed({Roles.OPERATOR, Roles.COMMISSION})
    @Operation(summary = "Download a round's canonical input",
            description = "The pseudonymous input document (docs/admission/admission-input.schema.json), byte for "
                    + "byte: its SHA-256 is the manifest's inputSha256. Re-run it with RerunRound (or an "
                    + "implementation of your own) and compare the result's SHA-256 with resultSha256.")
    @APIResponse(responseCode = "200", description = "The canonical input document",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT,
                    description = "Canonical admission input, see docs/admission/admission-input.schema.json")))
    @APIResponse(responseCode = "403", description = "Neither operator nor commission", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round (ROUND_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response canonicalInput(@PathParam("id") UUID id) {
        int parts = rounds.canonicalInputParts(id);
        // A province's document runs to gigabytes: streamed part by part, never whole in memory.
        StreamingOutput document = out -> {
            for (int part = 0; part < parts; part++) {
                out.write(rounds.canonicalInputPart(id, part));
            }
        };
        return Response.ok(document).build();
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed({Roles.OPERATOR, Roles.COMMISSION})
    @Operation(summary = "List a round's decisions",
            description = "By rank, then application id. Operators read every row; a commission only the rows of "
                    + "its own province's applicants, so another province's round gives it an empty page.")
    @APIResponse(responseCode = "200", description = "One page of decisions",
            content = @Content(schema = @Schema(implementation = AdmissionDecisionPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor (VALIDATION_FAILED, INVALID_CURSOR)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither operator nor commission", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round (ROUND_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AdmissionDecisionPage results(
            @PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "50", minimum = "1", maximum = "500"))
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = 1000)
            String cursor) {
        Optional<String> province = caller.is(Roles.OPERATOR) ? Optional.empty()
                : Optional.of(caller.province().orElse(""));
        Page<AdmissionDecision> page = rounds.decisions(id, province, cursor, limit);
        return new AdmissionDecisionPage(page.items().stream().map(EnrollmentMapper::toView).toList(),
                page.nextCursor());
    }
}
