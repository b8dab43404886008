package org.jjjpark.enrollment.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanType;
import org.jjjpark.enrollment.repository.StatisticsFilter;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.QueryValues;

/** The query parameters every statistic takes: the plan lines it covers, paging, and the CSV separator. */
public class StatisticsQuery {

    @Parameter(description = "Only this intake year", example = "2026",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    @QueryParam("intakeYear")
    @Pattern(regexp = "^(20[0-9]{2}|2100)$", message = "must be a year from 2000 to 2100")
    public String intakeYear;

    @Parameter(description = "Only applicants (or seats) from this province (GB/T 2260)", example = "130000")
    @QueryParam("sourceProvince")
    @Pattern(regexp = "^\\d{2}0000$", message = "must be a province code such as 130000")
    public String sourceProvince;

    @Parameter(description = "Only this admission batch", schema = @Schema(implementation = Batch.class))
    @QueryParam("batch")
    public String batch;

    @Parameter(description = "Only lines of this program (major)",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @QueryParam("programId")
    public String programId;

    @Parameter(description = "Only programs of this institution",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @QueryParam("institutionId")
    public String institutionId;

    @Parameter(description = "Only lines of this plan type", schema = @Schema(implementation = PlanType.class))
    @QueryParam("planType")
    public String planType;

    @Parameter(description = "Only lines of this agreement", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @QueryParam("agreementId")
    public String agreementId;

    @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50",
            minimum = "1", maximum = "500"))
    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(Page.MAX_LIMIT)
    public int limit;

    @Parameter(description = "nextCursor of the previous page (JSON), or the cursor of the Link rel=\"next\" "
            + "header (CSV)")
    @QueryParam("cursor")
    @Size(max = 1000)
    public String cursor;

    @Parameter(description = "CSV only: the value separator, , (default) or ; (send it URL-encoded as %3B)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {",", ";"}, defaultValue = ","))
    @QueryParam("separator")
    @DefaultValue(",")
    @Pattern(regexp = CsvTable.SEPARATORS, message = "must be , or ;")
    public String separator;

    /** The plan lines asked for. */
    StatisticsFilter filter() {
        return new StatisticsFilter(intakeYear == null ? null : Integer.valueOf(intakeYear), sourceProvince,
                QueryValues.enumValue(Batch.class, "batch", batch), QueryValues.uuid("programId", programId),
                QueryValues.uuid("institutionId", institutionId),
                QueryValues.enumValue(PlanType.class, "planType", planType), QueryValues.uuid("agreementId", agreementId));
    }

    char separator() {
        return separator.charAt(0);
    }
}
