package org.jjjpark.enrollment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jjjpark.enrollment.ChangePage;
import org.jjjpark.enrollment.EnrollmentProblems;
import org.jjjpark.enrollment.mapping.EnrollmentMapper;
import org.jjjpark.enrollment.service.ChangeFeedService;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.security.Caller;
import org.jjjpark.http.security.Roles;

import java.util.List;
import java.util.Optional;

/**
 * HTTP face of the change feed, for systems that keep a copy of the applications: operators read every
 * province, a commission its own province only; applicants and partners have no access.
 */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "Incremental sync of applications by change version (Ed-Fi change-query "
        + "style): ask for the newest available version, then page through the changes and the deletes from the "
        + "last version synced")
@RolesAllowed({Roles.OPERATOR, Roles.COMMISSION})
public class ChangeFeedResource {

    private final ChangeFeedService feed;
    private final Caller caller;

    @Inject
    public ChangeFeedResource(ChangeFeedService feed, Caller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @Path("/available")
    @Operation(summary = "Newest available change version",
            description = "Sync up to this version: nothing at or below it can still appear, even from writes that "
                    + "were running when it was asked. Global: the same number for every caller, whatever their "
                    + "province. May wait a moment (1 s by default) for writes in progress.")
    @APIResponse(responseCode = "200", description = "The newest available version",
            content = @Content(schema = @Schema(implementation = AvailableChangeVersions.class)))
    @APIResponse(responseCode = "403", description = "Neither an operator nor a commission", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AvailableChangeVersions available() {
        return new AvailableChangeVersions(feed.newestChangeVersion());
    }

    @GET
    @Path("/applications")
    @Operation(summary = "Changed applications",
            description = "Applications whose newest change version lies in the range, in that order, each in its "
                    + "current state; an application changed twice appears once. A commission receives the "
                    + "applications of its own source province only. No names, ID numbers or scores.")
    @APIResponse(responseCode = "200", description = "One page of changed applications")
    @APIResponse(responseCode = "400", description = "A version or limit that is not a whole number, negative, "
            + "out of range, or a minChangeVersion above maxChangeVersion (VALIDATION_FAILED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither an operator nor a commission, or a commission "
            + "token without a province (PROVINCE_NOT_YOURS)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangePage<ApplicationChangeView> applications(@BeanParam ChangeQueryParameters range) {
        return feed.applications(range.toQuery(), visibleProvince()).map(EnrollmentMapper::toView);
    }

    @GET
    @Path("/applications/deletes")
    @Operation(summary = "Erased applications",
            description = "Tombstones of erased applications in the range, in change-version order, with the "
                    + "natural key each had, so that copies keyed either way can remove them. Versions come from "
                    + "the same sequence as the changes: sync both feeds over the same range. A commission "
                    + "receives those of its own source province only.")
    @APIResponse(responseCode = "200", description = "One page of tombstones")
    @APIResponse(responseCode = "400", description = "As for the changed applications (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither an operator nor a commission, or a commission "
            + "token without a province (PROVINCE_NOT_YOURS)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangePage<ApplicationDeletionView> deletes(@BeanParam ChangeQueryParameters range) {
        return feed.deletions(range.toQuery(), visibleProvince()).map(EnrollmentMapper::toView);
    }

    /** Empty for an operator, who sees every province; a commission sees the one its token names. */
    private Optional<String> visibleProvince() {
        if (caller.is(Roles.OPERATOR)) {
            return Optional.empty();
        }
        return Optional.of(caller.province().orElseThrow(() -> new ApiException(403,
                EnrollmentProblems.PROVINCE_NOT_YOURS, "Forbidden", "a commission token must name its province",
                List.of())));
    }
}
