package org.jjjpark.partner.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.partner.Degree;
import org.jjjpark.partner.Subject;

import java.util.List;
import java.util.UUID;

/** A program an institution starts offering at the park. */
@Schema(name = "ProgramRequest", description = "A program (major) to offer")
public record ProgramRequest(
        @Schema(description = "The offering institution: an active university or vocational college",
                example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01", required = true)
        @NotNull
        UUID partnerId,
        @Schema(description = "Code in the undergraduate program catalogue (本科专业目录)", example = "080717T",
                required = true)
        @NotBlank @Pattern(regexp = "^\\d{6}[TK]{0,2}$", message = "must be 6 digits optionally followed by T or K")
        String catalogueCode,
        @Schema(description = "Name in Chinese", example = "人工智能", required = true, maxLength = 200)
        @NotBlank @Size(max = 200)
        String nameZh,
        @Schema(description = "Name in English", example = "Artificial Intelligence", required = true, maxLength = 300)
        @NotBlank @Size(max = 300)
        String nameEn,
        @Schema(description = "Discipline of the degree awarded", example = "ENGINEERING", required = true)
        @NotNull
        Degree degree,
        @Schema(description = "Standard length of study in years", example = "4", required = true, minimum = "1",
                maximum = "8")
        @NotNull @Min(1) @Max(8)
        Integer durationYears,
        @Schema(description = "Campus where it is taught", example = "Gu'an campus", required = true, maxLength = 200)
        @NotBlank @Size(max = 200)
        String campus,
        @Schema(description = "Gaokao subjects an applicant must have taken (at most 3)", example = "[\"PHYSICS\"]")
        @Size(max = 3)
        List<@NotNull Subject> subjectRequirements) {
}
