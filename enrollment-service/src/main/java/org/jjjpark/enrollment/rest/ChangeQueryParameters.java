package org.jjjpark.enrollment.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.ProblemCodes;
import org.jjjpark.http.problem.QueryValues;

/**
 * The query parameters both change feeds take, as sent. Read as text so that every bad value is a 400 naming
 * the parameter: JAX-RS answers 404 to a number it cannot convert.
 */
public class ChangeQueryParameters {

    @Parameter(description = "Lowest change version, inclusive: the last version synced plus one", example = "1001",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", defaultValue = "0", minimum = "0"))
    @QueryParam("minChangeVersion")
    String minChangeVersion;

    @Parameter(description = "Highest change version, inclusive; capped at the newest available version, which is "
            + "also the default", example = "2200",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
    @QueryParam("maxChangeVersion")
    String maxChangeVersion;

    @Parameter(description = "Page size, 1 to 500", example = "500",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "500"))
    @QueryParam("limit")
    String limit;

    public ChangeQuery toQuery() {
        ChangeVersionRange range = ChangeVersionRange.parse(minChangeVersion, maxChangeVersion);
        Long size = QueryValues.longValue("limit", limit);
        if (size != null && (size < 1 || size > Page.MAX_LIMIT)) {
            throw ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, "limit", "must be between 1 and "
                    + Page.MAX_LIMIT);
        }
        return new ChangeQuery(range.min(), range.max(), size == null ? Page.DEFAULT_LIMIT : size.intValue());
    }
}
