package org.jjjpark.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem document with the platform's stable {@code code} and per-field {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "Error response (RFC 9457 application/problem+json)")
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "https://jjjpark.org/problems/validation-failed")
        String type,
        @Schema(description = "Short summary of the problem type", example = "Request is not valid")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", example = "2 fields are not valid")
        String detail,
        @Schema(description = "Path of the request that failed", example = "/api/v1/partners")
        String instance,
        @Schema(description = "Stable machine-readable code; clients switch on this, not on the text",
                example = "VALIDATION_FAILED")
        String code,
        @Schema(description = "One entry per invalid field, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "JSON path or parameter name of the field", example = "identifier")
            String field,
            @Schema(description = "Why the value is not accepted", example = "check character does not match")
            String message) {
    }
}
