package org.jjjpark.enrollment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.Batch;

import java.util.List;

/**
 * What an applicant submits. Year and source province come from their candidate record, status and identity
 * from the service: a body that names them is refused as an unknown field.
 */
@Schema(name = "ApplicationRequest", description = "An applicant's ordered choice list for one batch")
public record ApplicationRequest(
        @Schema(description = "Admission batch", example = "UNDERGRADUATE", required = true)
        @NotNull
        Batch batch,
        @Schema(description = "Choices, most wanted first; at most K of them", required = true)
        @NotNull @Size(min = 1, max = 200)
        List<@NotNull @Valid ChoiceEntry> choices) {
}
