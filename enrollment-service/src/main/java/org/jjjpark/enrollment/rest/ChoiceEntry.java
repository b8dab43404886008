package org.jjjpark.enrollment.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** One entry of an applicant's ordered list, as sent and as shown. */
@Schema(name = "Choice", description = "Majors of one unit in the applicant's order, and whether adjustment is accepted")
public record ChoiceEntry(
        @Schema(description = "Plan line ids of one institution, most wanted first; at most J of them",
                example = "[\"8b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d06\"]", required = true)
        @NotNull @Size(min = 1, max = 20)
        List<@NotNull UUID> majors,
        @Schema(description = "Accept any other major of the unit when these are full (服从调剂)", example = "true",
                required = true)
        @NotNull
        Boolean acceptAdjustment) {
}
