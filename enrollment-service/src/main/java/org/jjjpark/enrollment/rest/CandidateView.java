package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.Sex;
import org.jjjpark.enrollment.Subject;
import org.jjjpark.enrollment.SubjectTrack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A candidate's record as the applicant and their province's authority see it; the ID number masked. */
@Schema(name = "Candidate", description = "A candidate as registered by the education authority")
public record CandidateView(
        @Schema(description = "Candidate id", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID id,
        @Schema(description = "Registering (and source) province", example = "130000")
        String provinceCode,
        @Schema(description = "Exam year", example = "2026")
        int examYear,
        @Schema(description = "Exam number (考生号)", example = "26130102150001")
        String examNumber,
        @Schema(description = "Name", example = "张三")
        String name,
        @Schema(description = "ID number, masked: region code and last four characters only",
                example = "110105********1236")
        String idNumberMasked,
        @Schema(description = "Birth date", example = "2008-01-01")
        LocalDate birthDate,
        @Schema(description = "Sex", example = "FEMALE")
        Sex sex,
        @Schema(description = "Track the candidate is ranked in", example = "PHYSICS")
        SubjectTrack subjectTrack,
        @Schema(description = "Subjects taken besides Chinese, mathematics and a foreign language",
                example = "[\"PHYSICS\", \"CHEMISTRY\", \"BIOLOGY\"]")
        List<Subject> subjects,
        @Schema(description = "Total score", example = "612")
        BigDecimal totalScore,
        @Schema(description = "Chinese", example = "121")
        BigDecimal chinese,
        @Schema(description = "Mathematics", example = "135")
        BigDecimal mathematics,
        @Schema(description = "Foreign language", example = "128")
        BigDecimal foreignLanguage,
        @Schema(description = "First-choice subject", example = "88")
        BigDecimal firstChoiceSubject,
        @Schema(description = "Re-choice (elective) subjects together", example = "140")
        BigDecimal electives,
        @Schema(description = "Version, increased by every correction", example = "0")
        long version,
        @Schema(description = "When the authority registered the candidate", example = "2026-06-25T09:00:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "When the record was last corrected", example = "2026-06-25T09:00:00Z")
        OffsetDateTime updatedAt) {
}
