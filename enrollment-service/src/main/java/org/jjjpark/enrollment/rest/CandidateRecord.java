package org.jjjpark.enrollment.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.Sex;
import org.jjjpark.enrollment.Subject;
import org.jjjpark.enrollment.SubjectTrack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One candidate as the exam registration office records them. */
@Schema(name = "CandidateRecord", description = "A candidate registered by the education authority")
public record CandidateRecord(
        @Schema(description = "Exam number (考生号); identifies the candidate within the exam year",
                example = "26130102150001", required = true)
        @NotBlank @Pattern(regexp = "^[0-9A-Za-z]{6,20}$", message = "must be 6 to 20 letters or digits")
        String examNumber,
        @Schema(description = "Name", example = "张三", required = true, maxLength = 100)
        @NotBlank @Size(max = 100)
        String name,
        @Schema(description = "Resident ID number; stored encrypted, shown masked", example = "110105200801011236",
                required = true)
        @NotBlank @Size(max = 18, min = 18)
        String idNumber,
        @Schema(description = "Birth date", example = "2008-01-01", required = true)
        @NotNull @Past
        LocalDate birthDate,
        @Schema(description = "Sex", example = "FEMALE", required = true)
        @NotNull
        Sex sex,
        @Schema(description = "Track the candidate is ranked in", example = "PHYSICS", required = true)
        @NotNull
        SubjectTrack subjectTrack,
        @Schema(description = "Subjects taken besides Chinese, mathematics and a foreign language",
                example = "[\"PHYSICS\", \"CHEMISTRY\", \"BIOLOGY\"]", required = true)
        @NotNull @Size(min = 1, max = 3)
        List<@NotNull Subject> subjects,
        @Schema(description = "Total score", example = "612", required = true, minimum = "0", maximum = "750")
        @NotNull @DecimalMin("0") @DecimalMax("750")
        BigDecimal totalScore,
        @Schema(description = "Chinese", example = "121", required = true, minimum = "0", maximum = "150")
        @NotNull @DecimalMin("0") @DecimalMax("150")
        BigDecimal chinese,
        @Schema(description = "Mathematics", example = "135", required = true, minimum = "0", maximum = "150")
        @NotNull @DecimalMin("0") @DecimalMax("150")
        BigDecimal mathematics,
        @Schema(description = "Foreign language", example = "128", required = true, minimum = "0", maximum = "150")
        @NotNull @DecimalMin("0") @DecimalMax("150")
        BigDecimal foreignLanguage,
        @Schema(description = "First-choice subject (physics or history); in 3+3 provinces the best elective",
                example = "88", required = true, minimum = "0", maximum = "100")
        @NotNull @DecimalMin("0") @DecimalMax("100")
        BigDecimal firstChoiceSubject,
        @Schema(description = "Re-choice (elective) subjects together", example = "140", required = true,
                minimum = "0", maximum = "200")
        @NotNull @DecimalMin("0") @DecimalMax("200")
        BigDecimal electives) {
}
