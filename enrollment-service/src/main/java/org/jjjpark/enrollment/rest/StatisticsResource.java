package org.jjjpark.enrollment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jjjpark.enrollment.AdmissionStatisticsLevel;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.DemandLevel;
import org.jjjpark.enrollment.StatisticsAudience;
import org.jjjpark.enrollment.service.AdmissionStatisticsService;
import org.jjjpark.enrollment.service.StatisticsService;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.problem.QueryValues;
import org.jjjpark.http.security.Caller;
import org.jjjpark.http.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * HTTP face of the statistics commissions and operators pull, as JSON pages or, for {@code Accept: text/csv},
 * the same page as CSV (UTF-8 with a byte-order mark, a header row, {@code separator} , or ;). Aggregates only: no row names an applicant. A commission sees its own source province in
 * full; rows of other provinces are suppressed when they count fewer than 5 applicants.
 */
@Path("/api/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
@Tag(name = "Statistics", description = "Applications, first-choice demand, seats and admission outcomes, for "
        + "commissions and operators")
@RolesAllowed({Roles.OPERATOR, Roles.COMMISSION})
@APIResponse(responseCode = "400", description = "Invalid filter, level, change version, limit or separator "
        + "(VALIDATION_FAILED), or cursor (INVALID_CURSOR)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Only commissions and operators read statistics", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "406", description = "Accept names neither application/json nor text/csv "
        + "(NOT_ACCEPTABLE)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class StatisticsResource {

    /** Where the next page is, in either representation. */
    private static final String NEXT_PAGE = "; its nextCursor, or in CSV (UTF-8 with a byte-order mark, a header row "
            + "first) the Link header (rel=\"next\"), leads to the next page";

    private static final List<Variant> REPRESENTATIONS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            CsvTable.UTF_8).build();

    private final StatisticsService statistics;
    private final AdmissionStatisticsService admissionStatistics;
    private final Caller caller;

    @Inject
    public StatisticsResource(StatisticsService statistics, AdmissionStatisticsService admissionStatistics,
                              Caller caller) {
        this.statistics = statistics;
        this.admissionStatistics = admissionStatistics;
        this.caller = caller;
    }

    @GET
    @Path("/applications-by-day")
    @Operation(summary = "Applications by day",
            description = "Per submission day (Beijing time), source province, plan line and current status: the "
                    + "applications submitted that day that list the line, and the running total up to that day. "
                    + "Only days with applications appear. Sorted by year, source province, batch, plan line, "
                    + "status, then day.")
    @APIResponse(responseCode = "200", description = "One page of cells" + NEXT_PAGE,
            headers = @Header(name = "Link", description = "CSV only: the next page"),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DailyApplicationsPage.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            example = "intakeYear,sourceProvince,batch,submittedOn,status,planLineId,programId,"
                                    + "institutionId,planType,applications,cumulativeApplications,suppressed\r\n"
                                    + "2026,130000,UNDERGRADUATE,2026-06-25,SUBMITTED,8b1c2d3e-4f5a-4b6c-8d7e-"
                                    + "9f0a1b2c3d06,0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02,5b0c8f0e-1f1e-4c39-9d7c-"
                                    + "2d1f3e7a9a01,GENERAL,,,true\r\n")})
    public Response applicationsByDay(
            @Valid @BeanParam StatisticsQuery query,
            @Parameter(description = "Only applications now in this status",
                    schema = @Schema(implementation = ApplicationStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "First submission day, inclusive", example = "2026-06-24",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last submission day, inclusive", example = "2026-06-26",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Context Request request, @Context UriInfo uri) {
        Page<DailyApplicationsView> page = statistics.dailyApplications(query.filter(),
                QueryValues.enumValue(ApplicationStatus.class, "status", status), QueryValues.date("from", from),
                QueryValues.date("to", to), audience(), query.cursor, query.limit);
        return respond(request, uri, query, "applications-by-day", DailyApplicationsView.class, page,
                DailyApplicationsPage::new);
    }

    @GET
    @Path("/first-choice-demand")
    @Operation(summary = "First-choice demand against seats",
            description = "How many active (not withdrawn) applications rank a unit first, and that count per "
                    + "seat in force. level=PROGRAM counts per plan line the applications whose first choice starts "
                    + "with it (the unit where each choice is one major, Hebei style); level=INSTITUTION per "
                    + "institution the applications whose first choice is one of its majors or its major group "
                    + "(the unit where a choice is a major group, Beijing and Tianjin style). Every plan line or "
                    + "institution in the plan appears, with or without demand. Sorted by year, source province, "
                    + "batch, then plan line or institution id.")
    @APIResponse(responseCode = "200", description = "One page of units" + NEXT_PAGE,
            headers = @Header(name = "Link", description = "CSV only: the next page"),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FirstChoiceDemandPage.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            example = "level,intakeYear,sourceProvince,batch,institutionId,planLineId,programId,"
                                    + "planType,seats,firstChoiceApplications,demandRatio,suppressed\r\n"
                                    + "INSTITUTION,2026,110000,UNDERGRADUATE,5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01,,,,"
                                    + "40,57,1.43,false\r\n")})
    public Response firstChoiceDemand(
            @Valid @BeanParam StatisticsQuery query,
            @Parameter(description = "What a unit is: PROGRAM (a plan line, the default) or INSTITUTION (its major "
                    + "group)", schema = @Schema(implementation = DemandLevel.class, defaultValue = "PROGRAM"))
            @QueryParam("level") @DefaultValue("PROGRAM") String level,
            @Context Request request, @Context UriInfo uri) {
        Page<FirstChoiceDemandView> page = statistics.firstChoiceDemand(query.filter(),
                QueryValues.enumValue(DemandLevel.class, "level", level), audience(), query.cursor, query.limit);
        return respond(request, uri, query, "first-choice-demand", FirstChoiceDemandView.class, page,
                FirstChoiceDemandPage::new);
    }

    @GET
    @Path("/plan-vs-applications")
    @Operation(summary = "Plan against applications",
            description = "Per plan line, that is per program and plan type from one agreement: the seats in force "
                    + "against the active (not withdrawn) applications listing the line in any choice. Every plan "
                    + "line appears, with or without applications. Sorted by year, source province, batch, then "
                    + "plan line id.")
    @APIResponse(responseCode = "200", description = "One page of plan lines" + NEXT_PAGE,
            headers = @Header(name = "Link", description = "CSV only: the next page"),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanVsApplicationsPage.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            example = "planLineId,agreementId,programId,institutionId,intakeYear,planProvince,"
                                    + "sourceProvince,batch,planType,lineStatus,seats,applications,"
                                    + "applicationsPerSeat,suppressed\r\n"
                                    + "8b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d06,7e2a9c4d-1b3f-4e5a-8c6d-9f0e1a2b3c04,"
                                    + "0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02,5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01,"
                                    + "2026,110000,130000,UNDERGRADUATE,GENERAL,OPEN,40,96,2.40,false\r\n")})
    public Response planVsApplications(@Valid @BeanParam StatisticsQuery query, @Context Request request,
                                       @Context UriInfo uri) {
        Page<PlanVsApplicationsView> page = statistics.planVsApplications(query.filter(), audience(), query.cursor,
                query.limit);
        return respond(request, uri, query, "plan-vs-applications", PlanVsApplicationsView.class, page,
                PlanVsApplicationsPage::new);
    }

    @GET
    @Path("/seats-by-agreement")
    @Operation(summary = "Seats by agreement",
            description = "Per agreement, intake year, plan province, source province, batch and plan type: the "
                    + "plan lines in force and their seats, and the lines no longer in force. From the plan, so "
                    + "nothing is suppressed. Sorted by agreement id, year, plan province, source province, batch, "
                    + "then plan type.")
    @APIResponse(responseCode = "200", description = "One page of seat totals" + NEXT_PAGE,
            headers = @Header(name = "Link", description = "CSV only: the next page"),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgreementSeatsPage.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            example = "agreementId,intakeYear,planProvince,sourceProvince,batch,planType,"
                                    + "openLines,closedLines,seats\r\n7e2a9c4d-1b3f-4e5a-8c6d-9f0e1a2b3c04,2026,"
                                    + "110000,130000,UNDERGRADUATE,ORDER_CLASS,3,0,120\r\n")})
    public Response seatsByAgreement(@Valid @BeanParam StatisticsQuery query, @Context Request request,
                                     @Context UriInfo uri) {
        Page<AgreementSeatsView> page = statistics.seatsByAgreement(query.filter(), query.cursor, query.limit);
        return respond(request, uri, query, "seats-by-agreement", AgreementSeatsView.class, page,
                AgreementSeatsPage::new);
    }

    @GET
    @Path("/admissions")
    @Operation(summary = "Admission statistics of completed rounds",
            description = "Plan against outcome of every completed admission round that moved applications (dry "
                    + "runs and failed rounds have none), computed once when the round completed: per round, per "
                    + "file-drop unit or per major (level), the quota, files dropped, admitted, fill rate, unfilled "
                    + "seats, the score lines (highest, lowest and mean total score and 最低位次, the rank of the "
                    + "lowest-placed applicant, which is also the last-called rank) of the drop and of the admission, "
                    + "rejections by reason, the adjustment rate and first-choice satisfaction. Filters on the plan "
                    + "line (programId, planType, agreementId) match MAJOR rows and the UNIT rows of one-line units. "
                    + "Incremental sync: ask GET /api/v1/changes/available for the newest version, then page with "
                    + "minChangeVersion (the last version synced plus one) and maxChangeVersion (that version); rows "
                    + "never change once written, so there are no deletes. Sorted by year, source province, batch, "
                    + "then unit or major id.")
    @APIResponse(responseCode = "200", description = "One page of figures" + NEXT_PAGE,
            headers = @Header(name = "Link", description = "CSV only: the next page"),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdmissionStatisticsPage.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            example = "level,roundId,intakeYear,sourceProvince,batch,unitId,institutionId,planLineId,"
                                    + "programId,planType,agreementId,quota,dropped,admitted,fillRate,unfilled,"
                                    + "dropMaxScore,dropMinScore,dropMeanScore,dropMinRank,admittedMaxScore,"
                                    + "admittedMinScore,admittedMeanScore,admittedMinRank,rejectedQuotaFilled,"
                                    + "rejectedNotAdjustable,rejectedNoEligibleSeat,adjusted,adjustmentRate,"
                                    + "admittedFirstChoice,firstChoiceSatisfaction,changeVersion,suppressed\r\n"
                                    + "UNIT,3f6b1c2d-9e8a-4b7c-8d6e-5f4a3b2c1d0e,2026,130000,UNDERGRADUATE,"
                                    + "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01,5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01,,,,,"
                                    + "40,42,40,1.00,0,655.5,601,618.37,4102,655.5,603,619.12,3418,2,0,0,6,0.15,31,"
                                    + "0.78,2187,false\r\n")})
    public Response admissions(
            @Valid @BeanParam StatisticsQuery query,
            @Parameter(description = "What a row is about: ROUND, UNIT (a file-drop unit, the default) or MAJOR",
                    schema = @Schema(implementation = AdmissionStatisticsLevel.class, defaultValue = "UNIT"))
            @QueryParam("level") @DefaultValue("UNIT") String level,
            @Parameter(description = "Only rows of this change version or newer: the last version synced plus one",
                    example = "1001", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
            @QueryParam("minChangeVersion") String minChangeVersion,
            @Parameter(description = "Only rows of this change version or older; capped at the newest available "
                    + "version (GET /api/v1/changes/available), which is also the default when minChangeVersion is "
                    + "given", example = "2200",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
            @QueryParam("maxChangeVersion") String maxChangeVersion,
            @Context Request request, @Context UriInfo uri) {
        Optional<ChangeVersionRange> changes = minChangeVersion == null && maxChangeVersion == null ? Optional.empty()
                : Optional.of(ChangeVersionRange.parse(minChangeVersion, maxChangeVersion));
        Page<AdmissionStatisticsView> page = admissionStatistics.figures(query.filter(),
                QueryValues.enumValue(AdmissionStatisticsLevel.class, "level", level), changes, audience(),
                query.cursor, query.limit);
        return respond(request, uri, query, "admissions", AdmissionStatisticsView.class, page,
                AdmissionStatisticsPage::new);
    }

    private StatisticsAudience audience() {
        return caller.is(Roles.OPERATOR) ? StatisticsAudience.ofOperator()
                : StatisticsAudience.ofCommission(caller.province());
    }

    /** The page as the client asked for it: JSON by default, CSV when Accept prefers text/csv. */
    private static <R extends Record> Response respond(Request request, UriInfo uri, StatisticsQuery query,
                                                       String name, Class<R> rowType, Page<R> page,
                                                       BiFunction<List<R>, String, Object> json) {
        Variant chosen = request.selectVariant(REPRESENTATIONS);
        if (chosen == null || !chosen.getMediaType().isCompatible(CsvTable.UTF_8)) {
            return Response.ok(json.apply(page.items(), page.nextCursor()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        Response.ResponseBuilder csv = Response.ok(CsvTable.write(rowType, page.items(), query.separator()),
                        CsvTable.UTF_8)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        if (page.nextCursor() != null) {
            csv.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build(), "next");
        }
        return csv.build();
    }
}
