package org.jjjpark.enrollment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A batch of candidates an education authority registers or corrects. */
@Schema(name = "CandidateImport", description = "Candidates of one province and exam year, registered or corrected")
public record CandidateImport(
        @Schema(description = "The importing authority's province; must be the client's own", example = "130000",
                required = true)
        @NotNull @Pattern(regexp = "^\\d{2}0000$", message = "must be a province code such as 130000")
        String provinceCode,
        @Schema(description = "Exam (and intake) year", example = "2026", required = true)
        @NotNull @Min(2000) @Max(2100)
        Integer examYear,
        @Schema(description = "Up to 5,000 candidates; an exam number seen before is a correction", required = true)
        @NotNull @Size(min = 1, max = CandidateImport.MAX_CANDIDATES)
        List<@NotNull @Valid CandidateRecord> candidates) {

    public static final int MAX_CANDIDATES = 5000;
}
