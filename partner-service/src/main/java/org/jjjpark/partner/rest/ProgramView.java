package org.jjjpark.partner.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.partner.Degree;
import org.jjjpark.partner.ProgramStatus;
import org.jjjpark.partner.Subject;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A program as clients see it. */
@Schema(name = "Program", description = "A program (major) offered at the park")
public record ProgramView(
        @Schema(description = "Program id", example = "0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02")
        UUID id,
        @Schema(description = "Offering institution", example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        UUID partnerId,
        @Schema(description = "Undergraduate catalogue code", example = "080717T")
        String catalogueCode,
        @Schema(description = "Name in Chinese", example = "人工智能")
        String nameZh,
        @Schema(description = "Name in English", example = "Artificial Intelligence")
        String nameEn,
        @Schema(description = "Discipline of the degree awarded", example = "ENGINEERING")
        Degree degree,
        @Schema(description = "Standard length of study in years", example = "4")
        int durationYears,
        @Schema(description = "Campus", example = "Gu'an campus")
        String campus,
        @Schema(description = "Required gaokao subjects", example = "[\"PHYSICS\"]")
        List<Subject> subjectRequirements,
        @Schema(description = "OFFERED, or WITHDRAWN", example = "OFFERED")
        ProgramStatus status,
        @Schema(description = "Version, increased by every change; also the ETag", example = "0")
        long version,
        @Schema(description = "When the program was first offered", example = "2026-11-29T09:00:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "When the program last changed", example = "2026-11-29T09:00:00Z")
        OffsetDateTime updatedAt) {
}
