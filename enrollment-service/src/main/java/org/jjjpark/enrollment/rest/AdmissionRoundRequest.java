package org.jjjpark.enrollment.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.Batch;

/** What an operator asks for when starting an admission round. */
@Schema(name = "AdmissionRoundRequest", description = "The scope of an admission round, and whether it is a dry run")
public record AdmissionRoundRequest(
        @Schema(description = "Intake year", example = "2025", required = true, minimum = "2000", maximum = "2100")
        @NotNull @Min(2000) @Max(2100)
        Integer intakeYear,
        @Schema(description = "Source province of the applicants (GB/T 2260): 110000, 120000 or 130000",
                example = "130000", required = true)
        @NotNull @Pattern(regexp = "^(110000|120000|130000)$", message = "must be 110000, 120000 or 130000")
        String sourceProvince,
        @Schema(description = "Admission batch", example = "UNDERGRADUATE", required = true)
        @NotNull
        Batch batch,
        @Schema(description = "Run, verify and store the result without changing any application or publishing; "
                + "false when absent", example = "false")
        Boolean dryRun) {

    public boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }
}
