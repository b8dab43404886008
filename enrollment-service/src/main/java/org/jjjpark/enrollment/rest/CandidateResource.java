package org.jjjpark.enrollment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jjjpark.enrollment.Candidate;
import org.jjjpark.enrollment.mapping.EnrollmentMapper;
import org.jjjpark.enrollment.service.CandidateService;
import org.jjjpark.enrollment.service.IdentityProtection;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.security.Caller;
import org.jjjpark.http.security.Roles;

import java.util.Set;
import java.util.UUID;

/**
 * HTTP face of the candidates: education authorities import and read their own province's candidates, an
 * applicant reads their own record. Nobody else sees candidates, and nobody sees an ID number unmasked.
 */
@Path("/api/v1/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "Gaokao candidates registered by the education authorities")
public class CandidateResource {

    private final CandidateService candidates;
    private final IdentityProtection identity;
    private final Caller caller;
    private final Validator validator;

    @Inject
    public CandidateResource(CandidateService candidates, IdentityProtection identity, Caller caller,
                             Validator validator) {
        this.candidates = candidates;
        this.identity = identity;
        this.caller = caller;
        this.validator = validator;
    }

    @POST
    @RolesAllowed(Roles.COMMISSION)
    @Path("/imports")
    @Operation(summary = "Import candidates",
            description = "Registers new candidates and corrects known ones (by exam number) of the commission's "
                    + "own province, up to 5,000 per request, all or nothing. Importing the same records again "
                    + "changes nothing. Each new candidate publishes CandidateRegistered (keyed hashes only), which "
                    + "lets them sign up at the gateway.")
    @APIResponse(responseCode = "200", description = "What the import did with each record",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED, MALFORMED_JSON, "
            + "UNKNOWN_FIELD, INVALID_ID_NUMBER, DUPLICATE_EXAM_NUMBER within the import)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a commission, or another province (PROVINCE_NOT_YOURS)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An ID number is registered for another exam number "
            + "(DUPLICATE_ID_NUMBER), or an exam number by another province (DUPLICATE_EXAM_NUMBER)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 4 MB", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importCandidates(@Valid @NotNull CandidateImport body) {
        return candidates.importCandidates(body, caller.province(), caller.subject());
    }

    @POST
    @RolesAllowed(Roles.COMMISSION)
    @Path("/imports")
    @Consumes(CandidateCsv.MEDIA_TYPE)
    @Operation(summary = "Import candidates from CSV",
            description = "The same import as JSON, from a UTF-8 CSV file (byte-order mark allowed): a header row "
                    + "naming the CandidateRecord fields (examNumber, name, idNumber, birthDate, sex, subjectTrack, "
                    + "subjects, totalScore, chinese, mathematics, foreignLanguage, firstChoiceSubject, electives), "
                    + "then one candidate per row; subjects separated by |.")
    @APIResponse(responseCode = "200", description = "What the import did with each row",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "A row or value cannot be read, or breaks a rule "
            + "(VALIDATION_FAILED, INVALID_ID_NUMBER, DUPLICATE_EXAM_NUMBER)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a commission, or another province (PROVINCE_NOT_YOURS)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "As for the JSON import", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importCandidatesCsv(
            @Parameter(description = "The importing authority's province", example = "130000", required = true)
            @QueryParam("provinceCode") @NotNull @Pattern(regexp = "^\\d{2}0000$",
                    message = "must be a province code such as 130000") String provinceCode,
            @Parameter(description = "Exam (and intake) year", example = "2026", required = true)
            @QueryParam("examYear") @NotNull @Min(2000) @Max(2100) Integer examYear,
            @NotNull String csv) {
        CandidateImport body = new CandidateImport(provinceCode, examYear, CandidateCsv.parse(csv));
        Set<ConstraintViolation<CandidateImport>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return candidates.importCandidates(body, caller.province(), caller.subject());
    }

    @GET
    @RolesAllowed(Roles.APPLICANT)
    @Path("/me")
    @Operation(summary = "Read my candidate record",
            description = "The record the education authority registered for the signed-in applicant. Read only.")
    @APIResponse(responseCode = "200", description = "The record, ID number masked",
            content = @Content(schema = @Schema(implementation = CandidateView.class)))
    @APIResponse(responseCode = "403", description = "Not an applicant", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No record (CANDIDATE_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CandidateView me() {
        return view(candidates.ofApplicant(caller.subject()));
    }

    @GET
    @RolesAllowed(Roles.COMMISSION)
    @Path("/{id}")
    @Operation(summary = "Read a candidate of my province")
    @APIResponse(responseCode = "200", description = "The record, ID number masked",
            content = @Content(schema = @Schema(implementation = CandidateView.class)))
    @APIResponse(responseCode = "403", description = "Not a commission", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such candidate in the commission's province "
            + "(CANDIDATE_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CandidateView get(@PathParam("id") UUID id) {
        return view(candidates.ofProvince(id, caller.province()));
    }

    @GET
    @RolesAllowed(Roles.COMMISSION)
    @Path("/{id}/corrections")
    @Operation(summary = "List the corrections of a candidate of my province", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The corrections",
            content = @Content(schema = @Schema(implementation = CorrectionList.class)))
    @APIResponse(responseCode = "403", description = "Not a commission", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such candidate in the commission's province "
            + "(CANDIDATE_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CorrectionList corrections(@PathParam("id") UUID id) {
        return new CorrectionList(candidates.corrections(id, caller.province()).stream()
                .map(EnrollmentMapper::toView).toList());
    }

    private CandidateView view(Candidate candidate) {
        return EnrollmentMapper.toView(candidate, identity.masked(candidate.idNumberEncrypted));
    }
}
