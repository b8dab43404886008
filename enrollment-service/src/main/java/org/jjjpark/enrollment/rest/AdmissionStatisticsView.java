package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.AdmissionStatisticsLevel;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanType;

import java.math.BigDecimal;
import java.util.UUID;

/** The admission statistics of a completed round at one level, as clients see them. */
@Schema(name = "AdmissionStatistics", description = "Plan against outcome of one completed admission round (not a "
        + "dry run) for the whole round, one file-drop unit or one major: quota, files dropped, admitted, score "
        + "lines, rejections by reason, adjustment and first-choice figures. Rates are to two decimals and absent "
        + "when their denominator is 0. For another source province than a commission's own, each figure is "
        + "withheld (absent, and suppressed is true) together with the scores and rates derived from it when the "
        + "applicant count it rests on is below 5: drop figures with dropped, admission figures (fill rate, "
        + "unfilled seats, score line) with admitted, each rejection count by itself, the adjustment rate unless "
        + "both the adjusted and the other admitted count 5 or more, the first-choice satisfaction likewise. "
        + "Quota is public plan data and always shown.")
public record AdmissionStatisticsView(
        @Schema(description = "ROUND, UNIT or MAJOR", example = "UNIT")
        AdmissionStatisticsLevel level,
        @Schema(description = "The completed round the figures come from", example = "3f6b1c2d-9e8a-4b7c-8d6e-5f4a3b2c1d0e")
        UUID roundId,
        @Schema(description = "Intake year", example = "2026")
        int intakeYear,
        @Schema(description = "Province the applicants come from (GB/T 2260)", example = "130000")
        String sourceProvince,
        @Schema(description = "Admission batch", example = "UNDERGRADUATE")
        Batch batch,
        @Schema(description = "The file-drop unit: an institution id for a major group (Beijing, Tianjin style), a plan "
                + "line id for a single major (Hebei style); absent on ROUND rows",
                example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        String unitId,
        @Schema(description = "The institution of the unit or major; absent on ROUND rows",
                example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        UUID institutionId,
        @Schema(description = "The major (plan line): on MAJOR rows, and on UNIT rows of a unit that is one plan line",
                example = "8b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d06")
        UUID planLineId,
        @Schema(description = "The plan line's program, where planLineId is given", example = "0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02")
        UUID programId,
        @Schema(description = "The plan line's plan type, where planLineId is given", example = "GENERAL")
        PlanType planType,
        @Schema(description = "The agreement that allocated the plan line's seats, where planLineId is given",
                example = "7e2a9c4d-1b3f-4e5a-8c6d-9f0e1a2b3c04")
        UUID agreementId,
        @Schema(description = "Plan quota (计划数): the seats of the majors the round ran on", example = "40")
        int quota,
        @Schema(description = "Files dropped (投档数) to the unit, admitted or rejected; absent on MAJOR rows (files go "
                + "to units) and when suppressed", example = "42")
        Integer dropped,
        @Schema(description = "Admitted (录取数); absent when suppressed", example = "40")
        Integer admitted,
        @Schema(description = "admitted / quota; above 1 when fully tied applicants took more than the quota (d.3)",
                example = "1.00")
        BigDecimal fillRate,
        @Schema(description = "quota − admitted, at least 0", example = "0")
        Integer unfilled,
        @Schema(description = "Highest total score among the dropped files", example = "655.5")
        BigDecimal dropMaxScore,
        @Schema(description = "Lowest total score among the dropped files (投档最低分)", example = "601")
        BigDecimal dropMinScore,
        @Schema(description = "Mean total score of the dropped files", example = "618.37")
        BigDecimal dropMeanScore,
        @Schema(description = "最低位次 of the drop: the rank of the lowest-placed applicant dropped, i.e. the largest "
                + "rank number; applicants are called in rank order (d.1), so it is also the last-called rank",
                example = "4102")
        Integer dropMinRank,
        @Schema(description = "Highest total score among the admitted", example = "655.5")
        BigDecimal admittedMaxScore,
        @Schema(description = "Lowest total score among the admitted (录取最低分)", example = "603")
        BigDecimal admittedMinScore,
        @Schema(description = "Mean total score of the admitted", example = "619.12")
        BigDecimal admittedMeanScore,
        @Schema(description = "最低位次 of the admission: the rank of the lowest-placed applicant admitted (the largest "
                + "rank number), which is also the last-called rank of the admission", example = "3418")
        Integer admittedMinRank,
        @Schema(description = "Rejected (退档) because the unit had admitted its quota before their turn; absent on "
                + "MAJOR rows and when suppressed", example = "2")
        Integer rejectedQuotaFilled,
        @Schema(description = "Rejected because no listed major had a seat and they did not accept adjustment",
                example = "0")
        Integer rejectedNotAdjustable,
        @Schema(description = "Rejected although accepting adjustment: no major of the unit had a seat for them",
                example = "0")
        Integer rejectedNoEligibleSeat,
        @Schema(description = "Admitted by adjustment (调剂) to a major they did not list", example = "6")
        Integer adjusted,
        @Schema(description = "Adjustment rate: adjusted / admitted", example = "0.15")
        BigDecimal adjustmentRate,
        @Schema(description = "Admitted to the unit they listed first", example = "31")
        Integer admittedFirstChoice,
        @Schema(description = "First-choice satisfaction: admittedFirstChoice / admitted", example = "0.78")
        BigDecimal firstChoiceSatisfaction,
        @Schema(description = "Change version of the row (the change feed's sequence); rows are written once, when "
                + "their round completes, and never change or disappear", example = "2187")
        long changeVersion,
        @Schema(description = "True when a figure is withheld to protect a small group (fewer than 5) of another "
                + "province's applicants", example = "false")
        boolean suppressed) {
}
