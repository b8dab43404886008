package org.jjjpark.enrollment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jjjpark.enrollment.Application;
import org.jjjpark.enrollment.mapping.EnrollmentMapper;
import org.jjjpark.enrollment.service.AdmissionRoundService;
import org.jjjpark.enrollment.service.ApplicationErasureService;
import org.jjjpark.enrollment.service.ApplicationService;
import org.jjjpark.http.idempotency.IdempotentCreation;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.security.Caller;
import org.jjjpark.http.security.Roles;
import org.jjjpark.http.versioning.EntityTags;

import java.util.UUID;

/**
 * HTTP face of applications: an applicant submits, reads, changes and withdraws their own, and nobody else's;
 * an operator erases one when the law requires it.
 */
@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Applicants' ordered choice lists (志愿)")
@RolesAllowed(Roles.APPLICANT)
public class ApplicationResource {

    private final ApplicationService applications;
    private final ApplicationErasureService erasure;
    private final AdmissionRoundService rounds;
    private final IdempotentCreation idempotency;
    private final Caller caller;

    @Inject
    public ApplicationResource(ApplicationService applications, ApplicationErasureService erasure,
                               AdmissionRoundService rounds, IdempotentCreation idempotency, Caller caller) {
        this.applications = applications;
        this.erasure = erasure;
        this.rounds = rounds;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Submit an application",
            description = "Submits the applicant's ordered choice list for one batch of their year and province, "
                    + "inside the filling window. Publishes ApplicationSubmitted. Send an Idempotency-Key: a retry "
                    + "returns the first result.")
    @APIResponse(responseCode = "201", description = "Submitted",
            headers = @Header(name = "Location", description = "URL of the new application"),
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED, MALFORMED_JSON, "
            + "UNKNOWN_FIELD for fields the applicant may not set)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an applicant", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No candidate record (CANDIDATE_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Outside the window (WINDOW_NOT_OPEN, DEADLINE_PASSED) or an "
            + "active application for the batch exists (ACTIVE_APPLICATION_EXISTS)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The list breaks a rule: PLAN_NOT_FOUND, "
            + "PLAN_NOT_FOR_APPLICATION, PLAN_CLOSED, SUBJECT_REQUIREMENT_NOT_MET, DUPLICATE_CHOICE, "
            + "MAJORS_OF_DIFFERENT_UNITS, TOO_MANY_CHOICES, TOO_MANY_MAJORS; no admission in the batch "
            + "(ADMISSION_CONFIG_NOT_FOUND); or Idempotency-Key reused (IDEMPOTENCY_KEY_REUSED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @Parameter(description = "Client-chosen key that makes retries safe, e.g. a UUID")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ApplicationRequest body,
            @Context UriInfo uri) {
        // Keys are scoped per applicant: two applicants choosing the same key never see each other's result.
        return idempotency.create("POST /api/v1/applications " + caller.subject(), idempotencyKey, body, () -> {
            Application application = applications.submit(caller.subject(), body.batch(), body.choices());
            return Response.created(uri.getAbsolutePathBuilder().path(application.id.toString()).build())
                    .tag(EntityTags.of(application.version)).entity(view(application)).build();
        });
    }

    @GET
    @Operation(summary = "List my applications", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The applicant's applications",
            content = @Content(schema = @Schema(implementation = ApplicationList.class)))
    @APIResponse(responseCode = "403", description = "Not an applicant", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No candidate record (CANDIDATE_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationList list() {
        return new ApplicationList(applications.all(caller.subject()).stream().map(this::view).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read my application")
    @APIResponse(responseCode = "200", description = "The application; its ETag is its version",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application of this applicant "
            + "(APPLICATION_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Application application = applications.get(caller.subject(), id);
        return Response.ok(view(application)).tag(EntityTags.of(application.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change my choice list",
            description = "Replaces the whole list, inside the filling window. If-Match is required. Publishes "
                    + "ApplicationUpdated.")
    @APIResponse(responseCode = "200", description = "The changed application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application of this applicant "
            + "(APPLICATION_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Outside the window (WINDOW_NOT_OPEN, DEADLINE_PASSED) or "
            + "withdrawn (APPLICATION_WITHDRAWN)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (VERSION_MISMATCH)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The list breaks a rule (codes as for submission)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (IF_MATCH_REQUIRED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "ETag of the version this change is based on", required = true)
                           @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ApplicationUpdate body) {
        Application application = applications.update(caller.subject(), id, body.choices(),
                EntityTags.expectedVersion(ifMatch));
        return Response.ok(view(application)).tag(EntityTags.of(application.version)).build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw my application",
            description = "Inside the filling window; afterwards a new application for the batch may be submitted. "
                    + "Publishes ApplicationWithdrawn. Withdrawing twice returns the withdrawn application.")
    @APIResponse(responseCode = "200", description = "The withdrawn application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application of this applicant "
            + "(APPLICATION_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Outside the window (WINDOW_NOT_OPEN, DEADLINE_PASSED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (VERSION_MISMATCH)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("id") UUID id,
                             @Parameter(description = "ETag of the version this change is based on")
                             @HeaderParam("If-Match") String ifMatch) {
        Application application = applications.withdraw(caller.subject(), id, EntityTags.expectedVersion(ifMatch));
        return Response.ok(view(application)).tag(EntityTags.of(application.version)).build();
    }

    @GET
    @Path("/{id}/outcome")
    @Operation(summary = "Read the admission outcome of my application",
            description = "What the admission round decided: admitted (unit, major, adjusted or not), rejected by a "
                    + "unit (退档, with the reason) or not dropped anywhere.")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(schema = @Schema(implementation = AdmissionDecisionView.class)))
    @APIResponse(responseCode = "404", description = "No such application of this applicant "
            + "(APPLICATION_NOT_FOUND), or no round has decided it yet (OUTCOME_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AdmissionDecisionView outcome(@PathParam("id") UUID id) {
        return EnrollmentMapper.toView(rounds.outcome(caller.subject(), id));
    }

    @GET
    @Path("/{id}/explanation")
    @Operation(summary = "Explain the admission outcome of my application",
            description = "Why the round decided what it did (PIPL art. 24), derived from its trace: for each choice "
                    + "examined, whether it was open to the applicant, full at their turn (with the score and rank "
                    + "of the last applicant placed there) or where the file was decided, then the outcome.")
    @APIResponse(responseCode = "200", description = "The explanation, in words and step by step",
            content = @Content(schema = @Schema(implementation = ExplanationView.class)))
    @APIResponse(responseCode = "404", description = "No such application of this applicant "
            + "(APPLICATION_NOT_FOUND), or no round has decided it yet (OUTCOME_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExplanationView explanation(@PathParam("id") UUID id) {
        return EnrollmentMapper.explanation(rounds.outcome(caller.subject(), id));
    }

    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Erase an application",
            description = "Operators only: a data subject's deletion request (PIPL art. 47) or the purge after the "
                    + "retention period. Removes the application and its status history for good, at any time. "
                    + "The deletes feed (/api/v1/changes/applications/deletes) records it with its natural key, "
                    + "and ApplicationDeleted is published.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "403", description = "Not an operator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application (APPLICATION_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The application changed meanwhile (CONCURRENT_MODIFICATION); "
            + "try again", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void erase(@PathParam("id") UUID id) {
        erasure.erase(id);
    }

    private ApplicationView view(Application application) {
        return EnrollmentMapper.toView(application, applications.history(application.id));
    }
}
