package org.jjjpark.partner.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jjjpark.http.idempotency.IdempotentCreation;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.problem.QueryValues;
import org.jjjpark.http.security.Roles;
import org.jjjpark.http.versioning.EntityTags;
import org.jjjpark.partner.Program;
import org.jjjpark.partner.ProgramStatus;
import org.jjjpark.partner.mapping.PartnerMapper;
import org.jjjpark.partner.repository.ProgramFilter;
import org.jjjpark.partner.service.ProgramService;

import java.util.UUID;

/** HTTP face of the programs (majors) institutions offer at the park. */
@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Majors offered at the park by its universities and colleges")
public class ProgramResource {

    private final ProgramService programs;
    private final IdempotentCreation idempotency;

    @Inject
    public ProgramResource(ProgramService programs, IdempotentCreation idempotency) {
        this.programs = programs;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Offer a program",
            description = "The offering partner must be an active university or vocational college. Publishes "
                    + "ProgramOffered. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Offered",
            headers = @Header(name = "Location", description = "URL of the new program"),
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED, MALFORMED_JSON, "
            + "UNKNOWN_FIELD, DUPLICATE_SUBJECT)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Offered already at that campus (DUPLICATE_PROGRAM) or the "
            + "partner is deactivated (PARTNER_INACTIVE)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown partner (PARTNER_NOT_FOUND), partner is no "
            + "institution (NOT_AN_INSTITUTION), or Idempotency-Key reused (IDEMPOTENCY_KEY_REUSED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response offer(
            @Parameter(description = "Client-chosen key that makes retries safe, e.g. a UUID")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ProgramRequest body,
            @Context UriInfo uri) {
        return idempotency.create("POST /api/v1/programs", idempotencyKey, body, () -> {
            Program program = programs.offer(body);
            return Response.created(uri.getAbsolutePathBuilder().path(program.id.toString()).build())
                    .tag(EntityTags.of(program.version))
                    .entity(PartnerMapper.toView(program)).build();
        });
    }

    @GET
    @Authenticated
    @Operation(summary = "List programs", description = "Sorted by creation time, then id.")
    @APIResponse(responseCode = "200", description = "One page of programs")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgramPage list(
            @Parameter(description = "Only programs of this institution",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("partnerId") String partnerId,
            @Parameter(description = "Only programs with this catalogue code", example = "080717T")
            @QueryParam("catalogueCode") @Pattern(regexp = "^\\d{6}[TK]{0,2}$",
                    message = "must be 6 digits optionally followed by T or K") String catalogueCode,
            @Parameter(description = "Only programs with this status",
                    schema = @Schema(implementation = ProgramStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "50", minimum = "1", maximum = "500"))
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = 1000)
            String cursor) {
        ProgramFilter filter = new ProgramFilter(QueryValues.uuid("partnerId", partnerId), catalogueCode,
                QueryValues.enumValue(ProgramStatus.class, "status", status));
        Page<Program> page = programs.list(filter, cursor, limit);
        return new ProgramPage(page.items().stream().map(PartnerMapper::toView).toList(), page.nextCursor());
    }

    @GET
    @Authenticated
    @Path("/{id}")
    @Operation(summary = "Read a program")
    @APIResponse(responseCode = "200", description = "The program; its ETag is its version",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "404", description = "No such program (PROGRAM_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Program program = programs.get(id);
        return Response.ok(PartnerMapper.toView(program)).tag(EntityTags.of(program.version)).build();
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}")
    @Operation(summary = "Change a program", description = "Publishes ProgramUpdated.")
    @APIResponse(responseCode = "200", description = "The changed program",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program (PROGRAM_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Program withdrawn (PROGRAM_WITHDRAWN), offered already at "
            + "the new campus (DUPLICATE_PROGRAM)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (VERSION_MISMATCH)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "ETag of the version this change is based on")
                           @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ProgramUpdate body) {
        Program program = programs.update(id, body, EntityTags.expectedVersion(ifMatch));
        return Response.ok(PartnerMapper.toView(program)).tag(EntityTags.of(program.version)).build();
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw a program",
            description = "Publishes ProgramWithdrawn; withdrawing a withdrawn program returns it unchanged.")
    @APIResponse(responseCode = "200", description = "The withdrawn program",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "404", description = "No such program (PROGRAM_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (VERSION_MISMATCH)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("id") UUID id,
                             @Parameter(description = "ETag of the version this change is based on")
                             @HeaderParam("If-Match") String ifMatch) {
        Program program = programs.withdraw(id, EntityTags.expectedVersion(ifMatch));
        return Response.ok(PartnerMapper.toView(program)).tag(EntityTags.of(program.version)).build();
    }
}
