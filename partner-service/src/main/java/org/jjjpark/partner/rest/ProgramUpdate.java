package org.jjjpark.partner.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.partner.Degree;
import org.jjjpark.partner.Subject;

import java.util.List;

/** The fields of a program that can change; institution and catalogue code are fixed. */
@Schema(name = "ProgramUpdate", description = "New values of a program's changeable fields (all replaced)")
public record ProgramUpdate(
        @Schema(description = "Name in Chinese", example = "人工智能", required = true, maxLength = 200)
        @NotBlank @Size(max = 200)
        String nameZh,
        @Schema(description = "Name in English", example = "Artificial Intelligence", required = true, maxLength = 300)
        @NotBlank @Size(max = 300)
        String nameEn,
        @Schema(description = "Discipline of the degree awarded", example = "ENGINEERING", required = true)
        @NotNull
        Degree degree,
        @Schema(description = "Standard length of study in years", example = "4", required = true)
        @NotNull @Min(1) @Max(8)
        Integer durationYears,
        @Schema(description = "Campus where it is taught", example = "Gu'an campus", required = true, maxLength = 200)
        @NotBlank @Size(max = 200)
        String campus,
        @Schema(description = "Gaokao subjects an applicant must have taken (at most 3)",
                example = "[\"PHYSICS\", \"CHEMISTRY\"]")
        @Size(max = 3)
        List<@NotNull Subject> subjectRequirements) {
}
