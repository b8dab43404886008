package org.jjjpark.enrollment.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jjjpark.enrollment.AdmissionConfig;
import org.jjjpark.enrollment.AdmissionScope;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.mapping.EnrollmentMapper;
import org.jjjpark.enrollment.service.AdmissionConfigService;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.problem.QueryValues;
import org.jjjpark.http.security.Roles;
import org.jjjpark.http.versioning.EntityTags;

/** HTTP face of the admission rules: operators set them, every authenticated caller reads them. */
@Path("/api/v1/admission-configs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admission configuration", description = "Filling window, list limits and tie-breaking per batch")
public class AdmissionConfigResource {

    private static final String PROVINCE = "^\\d{2}0000$";

    private final AdmissionConfigService configs;

    @Inject
    public AdmissionConfigResource(AdmissionConfigService configs) {
        this.configs = configs;
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{intakeYear}/{sourceProvince}/{batch}")
    @Operation(summary = "Set the admission rules of a batch",
            description = "Creates or replaces the rules of one (year, source province, batch). Send If-Match with "
                    + "the ETag read before to guard against a concurrent change.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = AdmissionConfigView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AdmissionConfigView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED, MALFORMED_JSON, "
            + "UNKNOWN_FIELD, INVALID_WINDOW, DUPLICATE_TIE_BREAK_KEY)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only operators set admission rules", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (VERSION_MISMATCH)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(
            @Parameter(description = "Intake year", example = "2026")
            @PathParam("intakeYear") @Min(2000) @Max(2100) int intakeYear,
            @Parameter(description = "Source province (GB/T 2260)", example = "130000")
            @PathParam("sourceProvince") @Pattern(regexp = PROVINCE, message = "must be a province code such as 130000")
            String sourceProvince,
            @Parameter(description = "Admission batch", schema = @Schema(implementation = Batch.class))
            @PathParam("batch") String batch,
            @Parameter(description = "ETag of the version this change is based on")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AdmissionConfigRequest body) {
        AdmissionScope scope = new AdmissionScope(intakeYear, sourceProvince,
                QueryValues.enumValue(Batch.class, "batch", batch));
        AdmissionConfigService.Stored stored = configs.put(scope, body, EntityTags.expectedVersion(ifMatch));
        return Response.status(stored.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(EntityTags.of(stored.config().version))
                .entity(EnrollmentMapper.toView(stored.config())).build();
    }

    @GET
    @Authenticated
    @Path("/{intakeYear}/{sourceProvince}/{batch}")
    @Operation(summary = "Read the admission rules of a batch")
    @APIResponse(responseCode = "200", description = "The rules; the ETag is their version",
            content = @Content(schema = @Schema(implementation = AdmissionConfigView.class)))
    @APIResponse(responseCode = "400", description = "Invalid year, province or batch", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No rules set (ADMISSION_CONFIG_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = "Intake year", example = "2026")
            @PathParam("intakeYear") @Min(2000) @Max(2100) int intakeYear,
            @Parameter(description = "Source province (GB/T 2260)", example = "130000")
            @PathParam("sourceProvince") @Pattern(regexp = PROVINCE, message = "must be a province code such as 130000")
            String sourceProvince,
            @Parameter(description = "Admission batch", schema = @Schema(implementation = Batch.class))
            @PathParam("batch") String batch) {
        AdmissionConfig config = configs.get(new AdmissionScope(intakeYear, sourceProvince,
                QueryValues.enumValue(Batch.class, "batch", batch)));
        return Response.ok(EnrollmentMapper.toView(config)).tag(EntityTags.of(config.version)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List the admission rules of a year", description = "By source province, then batch.")
    @APIResponse(responseCode = "200", description = "The year's configurations",
            content = @Content(schema = @Schema(implementation = AdmissionConfigPage.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid year", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AdmissionConfigPage list(
            @Parameter(description = "Intake year", example = "2026", required = true)
            @QueryParam("intakeYear") @NotNull @Min(2000) @Max(2100) Integer intakeYear) {
        return new AdmissionConfigPage(configs.ofYear(intakeYear).stream().map(EnrollmentMapper::toView).toList());
    }
}
