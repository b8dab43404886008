package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.TiePolicy;
import org.jjjpark.enrollment.Batch;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** Admission rules as clients see them. */
@Schema(name = "AdmissionConfig", description = "Admission rules of one batch of one source province and year")
public record AdmissionConfigView(
        @Schema(description = "Intake year", example = "2026")
        int intakeYear,
        @Schema(description = "Source province (GB/T 2260)", example = "130000")
        String sourceProvince,
        @Schema(description = "Admission batch", example = "UNDERGRADUATE")
        Batch batch,
        @Schema(description = "When applicants may start filling their lists", example = "2026-06-27T01:00:00Z")
        OffsetDateTime windowOpensAt,
        @Schema(description = "When lists are frozen", example = "2026-06-30T09:00:00Z")
        OffsetDateTime windowClosesAt,
        @Schema(description = "K: the most choices a list may hold", example = "96")
        int maxChoices,
        @Schema(description = "J: the most majors per choice", example = "1")
        int maxMajorsPerUnit,
        @Schema(description = "Drop ratio r", example = "1.05")
        BigDecimal dropRatio,
        @Schema(description = "Tie-break chain, first decisive first", example = "[\"CHINESE_PLUS_MATHEMATICS\"]")
        List<TieBreakKey> tieBreakChain,
        @Schema(description = "Tie policy", example = "ADMIT_ALL_TIED")
        TiePolicy tiePolicy,
        @Schema(description = "Version, increased by every change; also the ETag", example = "0")
        long version,
        @Schema(description = "When the rules last changed", example = "2026-05-01T09:00:00Z")
        OffsetDateTime updatedAt) {
}
