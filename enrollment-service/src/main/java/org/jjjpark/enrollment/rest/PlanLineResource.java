package org.jjjpark.enrollment.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
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
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanLine;
import org.jjjpark.enrollment.PlanLineStatus;
import org.jjjpark.enrollment.ProgramReplica;
import org.jjjpark.enrollment.mapping.EnrollmentMapper;
import org.jjjpark.enrollment.repository.PlanLineFilter;
import org.jjjpark.enrollment.repository.ProgramReplicaRepository;
import org.jjjpark.enrollment.service.PlanLineService;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.problem.QueryValues;

import java.util.Map;
import java.util.UUID;

/** HTTP face of the enrollment plan: public plan data, readable by every authenticated caller. */
@Path("/api/v1/plan-lines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollment plan", description = "Seats agreements allocate, per program, year, province and batch")
public class PlanLineResource {

    private final PlanLineService plan;
    private final ProgramReplicaRepository programs;

    @Inject
    public PlanLineResource(PlanLineService plan, ProgramReplicaRepository programs) {
        this.plan = plan;
        this.programs = programs;
    }

    @GET
    @Authenticated
    @Operation(summary = "List plan lines", description = "Sorted by creation time, then id.")
    @APIResponse(responseCode = "200", description = "One page of plan lines",
            content = @Content(schema = @Schema(implementation = PlanLinePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanLinePage list(
            @Parameter(description = "Only lines of this intake year", example = "2026")
            @QueryParam("intakeYear") @Min(2000) @Max(2100) Integer intakeYear,
            @Parameter(description = "Only lines for applicants from this province", example = "130000")
            @QueryParam("sourceProvince") @Pattern(regexp = "^\\d{6}$", message = "must be a 6-digit region code")
            String sourceProvince,
            @Parameter(description = "Only lines of this batch", schema = @Schema(implementation = Batch.class))
            @QueryParam("batch") String batch,
            @Parameter(description = "Only lines with this status",
                    schema = @Schema(implementation = PlanLineStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only lines of this agreement",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("agreementId")
            String agreementId,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "50", minimum = "1", maximum = "500"))
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = 1000)
            String cursor) {
        PlanLineFilter filter = new PlanLineFilter(intakeYear, sourceProvince,
                QueryValues.enumValue(Batch.class, "batch", batch),
                QueryValues.enumValue(PlanLineStatus.class, "status", status),
                QueryValues.uuid("agreementId", agreementId));
        Page<PlanLine> page = plan.list(filter, cursor, limit);
        Map<UUID, ProgramReplica> programs = this.programs.byIds(page.items().stream().map(l -> l.programId).toList());
        return new PlanLinePage(page.items().stream().map(l -> EnrollmentMapper.toView(l,
                programs.containsKey(l.programId) ? programs.get(l.programId).partnerId : null)).toList(),
                page.nextCursor());
    }
}
