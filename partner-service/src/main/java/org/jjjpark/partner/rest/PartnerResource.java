package org.jjjpark.partner.rest;

import io.quarkus.security.Authenticated;
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
import org.jjjpark.http.security.Caller;
import org.jjjpark.http.security.Roles;
import org.jjjpark.http.versioning.EntityTags;
import org.jjjpark.partner.Partner;
import org.jjjpark.partner.PartnerStatus;
import org.jjjpark.partner.PartnerType;
import org.jjjpark.partner.mapping.PartnerMapper;
import org.jjjpark.partner.repository.PartnerFilter;
import org.jjjpark.partner.service.PartnerService;

import java.util.UUID;

/** HTTP face of the partner register: status codes, headers and mapping only; rules live in the service. */
@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Universities, enterprises, government bodies, schools and alliances of the park")
public class PartnerResource {

    private final PartnerService partners;
    private final IdempotentCreation idempotency;
    private final Caller caller;

    @Inject
    public PartnerResource(PartnerService partners, IdempotentCreation idempotency, Caller caller) {
        this.partners = partners;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Register a partner",
            description = "Publishes PartnerRegistered. Send an Idempotency-Key to make retries safe: a repeat "
                    + "returns the first response.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "URL of the new partner"),
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED, MALFORMED_JSON, "
            + "UNKNOWN_FIELD, INVALID_IDENTIFIER, INVALID_REGION_CODE)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Identifier registered already (DUPLICATE_IDENTIFIER), or the "
            + "Idempotency-Key is in use (IDEMPOTENCY_KEY_IN_USE)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key used for another request "
            + "(IDEMPOTENCY_KEY_REUSED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "Client-chosen key that makes retries safe, e.g. a UUID")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull PartnerRequest body,
            @Context UriInfo uri) {
        return idempotency.create("POST /api/v1/partners", idempotencyKey, body, () -> {
            Partner partner = partners.register(body);
            return Response.created(uri.getAbsolutePathBuilder().path(partner.id.toString()).build())
                    .tag(EntityTags.of(partner.version))
                    .entity(view(partner)).build();
        });
    }

    @GET
    @Authenticated
    @Operation(summary = "List partners",
            description = "Sorted by registration time, then id. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of partners")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnerPage list(
            @Parameter(description = "Only partners of this type", schema = @Schema(implementation = PartnerType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Only partners in this region or inside it (130000 = all of Hebei)",
                    example = "130000") @QueryParam("regionCode") @Size(max = 6) String regionCode,
            @Parameter(description = "Only partners with this status",
                    schema = @Schema(implementation = PartnerStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Case-insensitive part of the Chinese or English name", example = "理工")
            @QueryParam("nameContains") @Size(min = 1, max = 100) String nameContains,
            @Parameter(description = "Exact identifier (MoE code or unified social credit code)", example = "10007")
            @QueryParam("identifier") @Size(max = 18) String identifier,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "50", minimum = "1", maximum = "500"))
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = 1000)
            String cursor) {
        PartnerFilter filter = new PartnerFilter(QueryValues.enumValue(PartnerType.class, "type", type), regionCode,
                QueryValues.enumValue(PartnerStatus.class, "status", status), nameContains, identifier);
        Page<Partner> page = partners.list(filter, cursor, limit);
        return new PartnerPage(page.items().stream().map(this::view).toList(), page.nextCursor());
    }

    @GET
    @Authenticated
    @Path("/{id}")
    @Operation(summary = "Read a partner")
    @APIResponse(responseCode = "200", description = "The partner; its ETag is its version",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No such partner (PARTNER_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Partner partner = partners.get(id);
        return Response.ok(view(partner)).tag(EntityTags.of(partner.version)).build();
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}")
    @Operation(summary = "Change a partner's names, region or contact",
            description = "Publishes PartnerUpdated. Send If-Match with the ETag you read to avoid lost updates.")
    @APIResponse(responseCode = "200", description = "The changed partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such partner (PARTNER_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Partner deactivated (PARTNER_INACTIVE) or changed "
            + "concurrently (CONCURRENT_MODIFICATION)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (VERSION_MISMATCH)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "ETag of the version this change is based on")
                           @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull PartnerUpdate body) {
        Partner partner = partners.update(id, body, EntityTags.expectedVersion(ifMatch));
        return Response.ok(view(partner)).tag(EntityTags.of(partner.version)).build();
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}/deactivation")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Deactivate a partner",
            description = "Withdraws its programs (ProgramWithdrawn each) and publishes PartnerDeactivated. "
                    + "Deactivating an inactive partner returns it unchanged.")
    @APIResponse(responseCode = "200", description = "The deactivated partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No such partner (PARTNER_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (VERSION_MISMATCH)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deactivate(@PathParam("id") UUID id,
                               @Parameter(description = "ETag of the version this change is based on")
                               @HeaderParam("If-Match") String ifMatch) {
        Partner partner = partners.deactivate(id, EntityTags.expectedVersion(ifMatch));
        return Response.ok(view(partner)).tag(EntityTags.of(partner.version)).build();
    }

    /** Operators and the partner itself see the office contact; other callers see public data only. */
    private PartnerView view(Partner partner) {
        boolean own = caller.partnerId().filter(partner.id::equals).isPresent();
        return PartnerMapper.toView(partner, caller.is(Roles.OPERATOR) || own);
    }
}
