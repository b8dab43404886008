package org.jjjpark.agreement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jjjpark.agreement.service.SummaryService;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.security.Roles;

/** The education commissions' overview of the park's agreements and the seats they authorise. */
@Path("/api/v1/agreements/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class SummaryResource {

    private final SummaryService summaries;

    @Inject
    public SummaryResource(SummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.COMMISSION})
    @Operation(summary = "Summarise agreements and seats",
            description = "Agreements by type and status; seats of active agreements by program, intake year, "
                    + "source province and plan type; active order classes with their sponsors. Aggregates of "
                    + "every province, so any commission reads all of it.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = AgreementSummary.class)))
    @APIResponse(responseCode = "400", description = "Invalid year (VALIDATION_FAILED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only operators and commissions read the summary")
    public AgreementSummary summary(
            @Parameter(description = "Only seats of this intake year", example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @QueryParam("year") @Pattern(regexp = "^(20[0-9]{2}|2100)$", message = "must be a year from 2000 to 2100")
            String year) {
        return summaries.summary(year == null ? null : Integer.valueOf(year));
    }
}
