package org.jjjpark.enrollment.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.TiePolicy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The admission rules an operator sets for one (year, source province, batch). */
@Schema(name = "AdmissionConfigRequest", description = "Admission rules of one batch of one source province and year")
public record AdmissionConfigRequest(
        @Schema(description = "When applicants may start filling their lists", example = "2026-06-27T09:00:00+08:00",
                required = true)
        @NotNull
        OffsetDateTime windowOpensAt,
        @Schema(description = "When lists are frozen for the admission round; after windowOpensAt",
                example = "2026-06-30T17:00:00+08:00", required = true)
        @NotNull
        OffsetDateTime windowClosesAt,
        @Schema(description = "K: the most choices a list may hold (Hebei 96, Beijing 30)", example = "96",
                required = true, minimum = "1", maximum = "200")
        @NotNull @Min(1) @Max(200)
        Integer maxChoices,
        @Schema(description = "J: the most majors per choice; 1 makes every choice a single major + institution",
                example = "1", required = true, minimum = "1", maximum = "20")
        @NotNull @Min(1) @Max(20)
        Integer maxMajorsPerUnit,
        @Schema(description = "Drop ratio r: a unit receives up to ceil(seats × r) files", example = "1.05",
                required = true, minimum = "1.00", maximum = "1.50")
        @NotNull @DecimalMin("1.00") @DecimalMax("1.50")
        BigDecimal dropRatio,
        @Schema(description = "Subscores that order candidates with equal totals, first decisive first",
                example = "[\"CHINESE_PLUS_MATHEMATICS\", \"MAX_CHINESE_MATHEMATICS\", \"FOREIGN_LANGUAGE\"]",
                required = true)
        @NotNull @Size(max = 6)
        List<@NotNull TieBreakKey> tieBreakChain,
        @Schema(description = "What happens to applicants still fully tied at a cutoff", example = "ADMIT_ALL_TIED",
                required = true)
        @NotNull
        TiePolicy tiePolicy) {
}
