package org.jjjpark.enrollment.service;

import org.jjjpark.admission.AdmissionEngine;
import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.VerifiedRound;
import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.Applicant;
import org.jjjpark.admission.input.Choice;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.RatioRounding;
import org.jjjpark.admission.input.Requirements;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.Scores;
import org.jjjpark.admission.input.TiePolicy;
import org.jjjpark.admission.input.Unit;
import org.jjjpark.enrollment.AdmissionFigures;
import org.jjjpark.enrollment.AdmissionScope;
import org.jjjpark.enrollment.AdmissionStatisticsLevel;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanLineDimensions;
import org.jjjpark.enrollment.PlanType;
import org.jjjpark.enrollment.RejectionCounts;
import org.jjjpark.enrollment.ScoreLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN.md d.7 V3 counted: unit G (q = 3, r = 1.05) with majors M1 (1 seat) and M2 (2); H takes M1, I is
 * rejected NOT_ADJUSTABLE, J is adjusted to M2, K takes M2 as listed. A second unit nobody lists shows the empty
 * score line.
 */
class AdmissionStatisticsCalculatorTest {

    private static final UUID ROUND = UUID.randomUUID();
    private static final AdmissionScope SCOPE = new AdmissionScope(2026, "130000", Batch.UNDERGRADUATE);
    private static final String M1 = "00000000-0000-4000-8000-000000000001";
    private static final String M2 = "00000000-0000-4000-8000-000000000002";
    private static final String LONE = "00000000-0000-4000-8000-000000000003";
    private static final UUID INSTITUTION = UUID.randomUUID();

    @Test
    void v3IsCountedPerRoundUnitAndMajor() {
        List<AdmissionFigures> figures = AdmissionStatisticsCalculator.figures(ROUND, SCOPE, v3(), lines());

        assertThat(figures).extracting(AdmissionFigures::level).containsExactly(AdmissionStatisticsLevel.ROUND,
                AdmissionStatisticsLevel.UNIT, AdmissionStatisticsLevel.UNIT, AdmissionStatisticsLevel.MAJOR,
                AdmissionStatisticsLevel.MAJOR, AdmissionStatisticsLevel.MAJOR);
        AdmissionFigures g = of(figures, AdmissionStatisticsLevel.UNIT, "G");
        assertThat(g.quota()).isEqualTo(3);
        assertThat(g.planLineId()).as("a group of two majors is no single line").isNull();
        assertThat(g.drops()).isEqualTo(line(4, "620", "605", "612.5", 4));
        assertThat(g.admissions()).isEqualTo(line(3, "620", "605", "611.67", 4));
        assertThat(g.rejections()).isEqualTo(new RejectionCounts(0, 1, 0));
        assertThat(g.adjusted()).isEqualTo(1);
        assertThat(g.admittedFirstChoice()).isEqualTo(3);
        assertThat(g.unfilled()).isZero();

        AdmissionFigures m2 = of(figures, AdmissionStatisticsLevel.MAJOR, M2);
        assertThat(m2.planType()).isEqualTo(PlanType.GENERAL);
        assertThat(m2.drops()).as("files go to units").isNull();
        assertThat(m2.rejections()).isNull();
        assertThat(m2.admissions()).isEqualTo(line(2, "610", "605", "607.5", 4));
        assertThat(m2.adjusted()).isEqualTo(1);

        AdmissionFigures lone = of(figures, AdmissionStatisticsLevel.UNIT, LONE);
        assertThat(lone.planLineId()).as("a unit of one line carries its dimensions").hasToString(LONE);
        assertThat(lone.admissions()).isEqualTo(new ScoreLine(0, null, null, null, null));
        assertThat(lone.unfilled()).isEqualTo(5);
        assertThat(figures.get(0).quota()).isEqualTo(8);
        assertThat(figures.get(0).admissions().count()).isEqualTo(3);
    }

    /** The row of a unit by its id, or of a major by its code. */
    private static AdmissionFigures of(List<AdmissionFigures> figures, AdmissionStatisticsLevel level, String id) {
        return figures.stream().filter(f -> f.level() == level && id.equals(level == AdmissionStatisticsLevel.UNIT
                ? f.unitId() : String.valueOf(f.planLineId()))).findFirst().orElseThrow();
    }

    private static AdmissionResult v3() {
        RoundConfig config = new RoundConfig(List.of(), TiePolicy.ADMIT_ALL_TIED, null, false, RatioRounding.CEIL,
                BigDecimal.ZERO);
        List<Unit> units = List.of(
                new Unit("G", new BigDecimal("1.05"), Requirements.NONE, List.of(new Major(M1, 1), new Major(M2, 2))),
                new Unit(LONE, BigDecimal.ONE, Requirements.NONE, List.of(new Major(LONE, 5))));
        AdmissionInput input = AdmissionInput.of(config, units, List.of(
                applicant("H", 620, new Choice("G", List.of(M1, M2), false)),
                applicant("I", 615, new Choice("G", List.of(M1), false)),
                applicant("J", 610, new Choice("G", List.of(M1), true)),
                applicant("K", 605, new Choice("G", List.of(M2), false))));
        return ((VerifiedRound) new AdmissionEngine().run(input)).result();
    }

    private static Applicant applicant(String id, int total, Choice choice) {
        return new Applicant(id, new Scores(BigDecimal.valueOf(total), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, List.of()), Set.of(), Set.of(), List.of(choice));
    }

    private static Map<String, PlanLineDimensions> lines() {
        PlanLineDimensions dimensions = new PlanLineDimensions(INSTITUTION, UUID.randomUUID(), PlanType.GENERAL,
                UUID.randomUUID());
        return Map.of(M1, dimensions, M2, dimensions, LONE, dimensions);
    }

    private static ScoreLine line(int count, String max, String min, String mean, int minRank) {
        return new ScoreLine(count, new BigDecimal(max), new BigDecimal(min), new BigDecimal(mean), minRank);
    }
}
