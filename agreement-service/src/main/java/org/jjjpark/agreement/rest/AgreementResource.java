package org.jjjpark.agreement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.jjjpark.agreement.Agreement;
import org.jjjpark.agreement.AgreementProblems;
import org.jjjpark.agreement.AgreementStatus;
import org.jjjpark.agreement.AgreementType;
import org.jjjpark.agreement.mapping.AgreementViews;
import org.jjjpark.agreement.repository.AgreementFilter;
import org.jjjpark.agreement.service.AgreementService;
import org.jjjpark.http.idempotency.IdempotentCreation;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.problem.ProblemCodes;
import org.jjjpark.http.problem.QueryValues;
import org.jjjpark.http.security.Caller;
import org.jjjpark.http.security.Roles;
import org.jjjpark.http.versioning.EntityTags;

import java.util.List;
import java.util.UUID;

/**
 * HTTP face of the agreements: status codes, headers, access and mapping only; rules live in the service.
 * Operators see and change every agreement; a partner client sees only those it is party to (any other is
 * "not found", so it learns nothing of them) and records its own signature.
 *
 * <p>Each request runs in one transaction, so that the response is mapped from the agreement as committed,
 * with its parties and allocation history loaded.
 */
@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@Tag(name = "Agreements", description = "Agreements of the park with its partners, their signatures, lifecycle and "
        + "seat allocations")
public class AgreementResource {

    private final AgreementService agreements;
    private final AgreementViews views;
    private final IdempotentCreation idempotency;
    private final Caller caller;

    @Inject
    public AgreementResource(AgreementService agreements, AgreementViews views, IdempotentCreation idempotency,
                             Caller caller) {
        this.agreements = agreements;
        this.views = views;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record the draft of an agreement",
            description = "Parties and programs must be known to this service's replica of partner-service, parties "
                    + "active and programs offered by a party. Publishes AgreementDrafted. Send an Idempotency-Key "
                    + "to make retries safe: a repeat returns the first response.")
    @APIResponse(responseCode = "201", description = "Recorded as DRAFT",
            headers = @Header(name = "Location", description = "URL of the new agreement"),
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED, MALFORMED_JSON, "
            + "UNKNOWN_FIELD, INVALID_PERIOD, DUPLICATE_PARTY, SPONSOR_REQUIRED, SEATS_REQUIRED, SEATS_NOT_ALLOWED, "
            + "DUPLICATE_ALLOCATION, INTAKE_YEAR_OUTSIDE_PERIOD, PLAN_TYPE_MISMATCH)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only operators record agreements")
    @APIResponse(responseCode = "409", description = "Reference recorded already (DUPLICATE_REFERENCE), or the "
            + "Idempotency-Key is in use (IDEMPOTENCY_KEY_IN_USE)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A party is unknown here, perhaps not arrived yet "
            + "(PARTY_UNKNOWN: retry shortly) or deactivated (PARTY_INACTIVE); a program is unknown "
            + "(PROGRAM_UNKNOWN), withdrawn (PROGRAM_WITHDRAWN) or offered by no party "
            + "(PROGRAM_NOT_OFFERED_BY_A_PARTY); or the Idempotency-Key was used for another request "
            + "(IDEMPOTENCY_KEY_REUSED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(
            @Parameter(description = "Client-chosen key that makes retries safe, e.g. a UUID")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull AgreementRequest body,
            @Context UriInfo uri) {
        return idempotency.create("POST /api/v1/agreements", idempotencyKey, body, () -> {
            Agreement agreement = agreements.draft(body);
            return Response.created(uri.getAbsolutePathBuilder().path(agreement.id.toString()).build())
                    .tag(EntityTags.of(agreement.version))
                    .entity(views.withHistory(agreement)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.PARTNER})
    @Operation(summary = "List agreements",
            description = "Sorted by recording time, then id. Filters combine with AND. A partner client sees only "
                    + "the agreements it is party to.")
    @APIResponse(responseCode = "200", description = "One page of agreements")
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor (VALIDATION_FAILED, "
            + "INVALID_CURSOR)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only operators and partner clients read agreements")
    public AgreementPage list(
            @Parameter(description = "Only agreements of this type",
                    schema = @Schema(implementation = AgreementType.class)) @QueryParam("type") String type,
            @Parameter(description = "Only agreements in this status",
                    schema = @Schema(implementation = AgreementStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only agreements this partner is party to",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("partyId") String partyId,
            @Parameter(description = "Only agreements with a party seated in this region or inside it "
                    + "(130000 = anywhere in Hebei)", example = "130000")
            @QueryParam("regionCode") @Pattern(regexp = "^[1-8][0-9]{5}$", message = "must be a 6-digit GB/T 2260 "
                    + "code, e.g. 130000") String regionCode,
            @Parameter(description = "Only agreements in effect at some time in this calendar year", example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @QueryParam("year") @Pattern(regexp = "^(20[0-9]{2}|2100)$", message = "must be a year from 2000 to 2100")
            String year,
            @Parameter(description = "The agreement with this reference", example = "JJJP-2024-CC-001")
            @QueryParam("reference") @Size(max = 50) String reference,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "50", minimum = "1", maximum = "500"))
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = 1000)
            String cursor) {
        AgreementFilter filter = new AgreementFilter(QueryValues.enumValue(AgreementType.class, "type", type),
                QueryValues.enumValue(AgreementStatus.class, "status", status), QueryValues.uuid("partyId", partyId),
                regionCode, year == null ? null : Integer.valueOf(year), reference, visibleTo());
        Page<Agreement> page = agreements.list(filter, cursor, limit);
        return new AgreementPage(views.summaries(page.items()), page.nextCursor());
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.PARTNER})
    @Path("/{id}")
    @Operation(summary = "Read an agreement with its allocation history")
    @APIResponse(responseCode = "200", description = "The agreement; its ETag is its version",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only operators and partner clients read agreements")
    @APIResponse(responseCode = "404", description = "No such agreement, or none the calling partner is party to "
            + "(AGREEMENT_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Agreement agreement = agreements.get(id, visibleTo());
        return Response.ok(views.withHistory(agreement)).tag(EntityTags.of(agreement.version)).build();
    }

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.PARTNER})
    @Path("/{id}/signatures")
    @Operation(summary = "Record a party's signature",
            description = "An operator signs on behalf of the party named in partyId; a partner client signs for "
                    + "itself. Publishes AgreementSigned. A party that signed already is left as it is (the "
                    + "first signature stands). The last signature makes the agreement SIGNED, and ACTIVE at once "
                    + "(AgreementActivated) when its effective date is today or past.")
    @APIResponse(responseCode = "200", description = "The agreement with the signature",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, e.g. no partyId from an operator or a "
            + "signing time in the future (VALIDATION_FAILED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A partner client signing for another party "
            + "(SIGNATURE_FOR_ANOTHER_PARTY)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement, or none the calling partner is party to "
            + "(AGREEMENT_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The agreement no longer takes signatures "
            + "(ILLEGAL_TRANSITION)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The partner is no party to the agreement (NOT_A_PARTY) or "
            + "is deactivated (PARTY_INACTIVE)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sign(@PathParam("id") UUID id, @Valid @NotNull SignatureRequest body) {
        UUID visibleTo = visibleTo();
        UUID signingParty;
        if (visibleTo == null) {
            if (body.partyId() == null) {
                throw ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, "partyId",
                        "names the party an operator signs for; it is required");
            }
            signingParty = body.partyId();
        } else {
            if (body.partyId() != null && !body.partyId().equals(visibleTo)) {
                throw new ApiException(403, AgreementProblems.SIGNATURE_FOR_ANOTHER_PARTY, "Forbidden",
                        "a partner client records its own signature only", List.of());
            }
            signingParty = visibleTo;
        }
        Agreement agreement = agreements.sign(id, visibleTo, signingParty, body.signer(), body.signedAt(),
                caller.subject());
        return Response.ok(views.withHistory(agreement)).tag(EntityTags.of(agreement.version)).build();
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}/amendments")
    @Operation(summary = "Amend the seat allocations of an active agreement",
            description = "Adds a new allocation version, which replaces the one in force; earlier versions stay "
                    + "in the history. A withdrawn program may keep or lose seats but gains none. Publishes "
                    + "AgreementAmended. Send an Idempotency-Key to make retries safe and If-Match to avoid "
                    + "amending a version you have not seen.")
    @APIResponse(responseCode = "200", description = "The agreement with its new allocations",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED, MALFORMED_JSON, "
            + "UNKNOWN_FIELD, SEATS_NOT_ALLOWED, DUPLICATE_ALLOCATION, INTAKE_YEAR_OUTSIDE_PERIOD, "
            + "PLAN_TYPE_MISMATCH)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only operators amend agreements")
    @APIResponse(responseCode = "404", description = "No such agreement (AGREEMENT_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The agreement is not ACTIVE (ILLEGAL_TRANSITION), or the "
            + "Idempotency-Key is in use (IDEMPOTENCY_KEY_IN_USE)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (VERSION_MISMATCH)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A program is unknown (PROGRAM_UNKNOWN), withdrawn "
            + "(PROGRAM_WITHDRAWN) or offered by no party (PROGRAM_NOT_OFFERED_BY_A_PARTY); or the Idempotency-Key "
            + "was used for another request (IDEMPOTENCY_KEY_REUSED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response amend(@PathParam("id") UUID id,
                          @Parameter(description = "Client-chosen key that makes retries safe, e.g. a UUID")
                          @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                          @Parameter(description = "ETag of the version this change is based on")
                          @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull AmendmentRequest body) {
        Long expectedVersion = EntityTags.expectedVersion(ifMatch);
        return idempotency.create("POST /api/v1/agreements/" + id + "/amendments", idempotencyKey, body, () -> {
            Agreement agreement = agreements.amend(id, body.allocations(), body.reason(), expectedVersion);
            return Response.ok(views.withHistory(agreement)).tag(EntityTags.of(agreement.version)).build();
        });
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}/termination")
    @Operation(summary = "Terminate a signed or active agreement",
            description = "Ends it before its end date; its seats are withdrawn. Publishes AgreementTerminated.")
    @APIResponse(responseCode = "200", description = "The terminated agreement",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED, MALFORMED_JSON)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only operators terminate agreements")
    @APIResponse(responseCode = "404", description = "No such agreement (AGREEMENT_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not signed yet, or expired or terminated already "
            + "(ILLEGAL_TRANSITION)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (VERSION_MISMATCH)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response terminate(@PathParam("id") UUID id,
                              @Parameter(description = "ETag of the version this change is based on")
                              @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull TerminationRequest body) {
        Agreement agreement = agreements.terminate(id, body.reason(), EntityTags.expectedVersion(ifMatch));
        return Response.ok(views.withHistory(agreement)).tag(EntityTags.of(agreement.version)).build();
    }

    /**
     * The partner whose agreements the caller may see and sign for: {@code null} for operators, who see all;
     * the token's partner for a partner client.
     */
    private UUID visibleTo() {
        if (caller.is(Roles.OPERATOR)) {
            return null;
        }
        try {
            return caller.partnerId().orElseThrow(IllegalArgumentException::new);
        } catch (IllegalArgumentException e) {
            throw new ApiException(403, AgreementProblems.NO_PARTNER_CLAIM, "Forbidden",
                    "the token names no partner (claim " + Roles.PARTNER_ID_CLAIM + ")", List.of());
        }
    }
}
