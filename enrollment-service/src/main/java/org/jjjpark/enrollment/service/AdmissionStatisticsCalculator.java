package org.jjjpark.enrollment.service;

import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.OutcomeStatus;
import org.jjjpark.admission.RejectionReason;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.Points;
import org.jjjpark.admission.input.UnitTable;
import org.jjjpark.enrollment.AdmissionFigures;
import org.jjjpark.enrollment.AdmissionScope;
import org.jjjpark.enrollment.AdmissionStatisticsLevel;
import org.jjjpark.enrollment.PlanLineDimensions;
import org.jjjpark.enrollment.RejectionCounts;
import org.jjjpark.enrollment.ScoreLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The admission statistics of a verified round, as a pure function of its result: one pass over the applicants,
 * summed per unit and major of the input and for the whole round (DOMAIN.md "Statistics the commissions pull").
 */
public final class AdmissionStatisticsCalculator {

    private AdmissionStatisticsCalculator() {
    }

    /**
     * @param lines the dimensions of every plan line that is a major of the round, by line id (the major code)
     * @return the ROUND row, then one row per unit and one per major, in the input's order
     */
    public static List<AdmissionFigures> figures(UUID roundId, AdmissionScope scope, AdmissionResult result,
                                                 Map<String, PlanLineDimensions> lines) {
        UnitTable units = result.input().units();
        ApplicantTable applicants = result.input().applicants();
        Tally round = new Tally();
        Tally[] unit = tallies(units.count());
        Tally[] major = tallies(units.majorCount());
        for (int a = 0; a < applicants.count(); a++) {
            int u = result.droppedUnit(a);
            if (u < 0) {
                continue;
            }
            int score = applicants.total(a);
            int rank = result.rank(a);
            round.drops.add(score, rank);
            unit[u].drops.add(score, rank);
            if (result.status(a) == OutcomeStatus.ADMITTED) {
                boolean adjusted = result.adjusted(a);
                boolean firstChoice = result.dropPosition(a) == 0;
                for (Tally tally : List.of(round, unit[u], major[result.admittedMajor(a)])) {
                    tally.admit(score, rank, adjusted, firstChoice);
                }
            } else {
                RejectionReason reason = result.rejectionReason(a);
                round.rejections[reason.ordinal()]++;
                unit[u].rejections[reason.ordinal()]++;
            }
        }

        List<AdmissionFigures> figures = new ArrayList<>(1 + units.count() + units.majorCount());
        int quota = 0;
        for (int u = 0; u < units.count(); u++) {
            quota += units.quota(u);
        }
        figures.add(round.unitFigures(roundId, scope, AdmissionStatisticsLevel.ROUND, null, null, null, null,
                quota));
        for (int u = 0; u < units.count(); u++) {
            String firstMajor = units.majorCode(units.firstMajor(u));
            PlanLineDimensions first = lines.get(firstMajor);
            // A unit that is one plan line (Hebei style) is cut by that line's dimensions too.
            boolean oneLine = units.endMajor(u) - units.firstMajor(u) == 1;
            figures.add(unit[u].unitFigures(roundId, scope, AdmissionStatisticsLevel.UNIT, units.id(u),
                    first.institutionId(), oneLine ? UUID.fromString(firstMajor) : null, oneLine ? first : null,
                    units.quota(u)));
        }
        for (int m = 0; m < units.majorCount(); m++) {
            String code = units.majorCode(m);
            PlanLineDimensions line = lines.get(code);
            figures.add(new AdmissionFigures(roundId, scope, AdmissionStatisticsLevel.MAJOR,
                    units.id(units.unitOfMajor(m)), line.institutionId(), UUID.fromString(code), line.programId(),
                    line.planType(), line.agreementId(), units.majorQuota(m), null, major[m].admissions.line(), null,
                    major[m].adjusted, major[m].admittedFirstChoice));
        }
        return figures;
    }

    private static Tally[] tallies(int count) {
        Tally[] tallies = new Tally[count];
        for (int i = 0; i < count; i++) {
            tallies[i] = new Tally();
        }
        return tallies;
    }

    /** What is counted for one unit, one major or the round while the applicants pass. */
    private static final class Tally {
        final Scores drops = new Scores();
        final Scores admissions = new Scores();
        final int[] rejections = new int[RejectionReason.values().length];
        int adjusted;
        int admittedFirstChoice;

        void admit(int score, int rank, boolean byAdjustment, boolean firstChoice) {
            admissions.add(score, rank);
            adjusted += byAdjustment ? 1 : 0;
            admittedFirstChoice += firstChoice ? 1 : 0;
        }

        /** @param line the dimensions of {@code planLineId}, the one plan line the row is about; null for none */
        AdmissionFigures unitFigures(UUID roundId, AdmissionScope scope, AdmissionStatisticsLevel level,
                                     String unitId, UUID institutionId, UUID planLineId, PlanLineDimensions line,
                                     int quota) {
            return new AdmissionFigures(roundId, scope, level, unitId, institutionId, planLineId,
                    line == null ? null : line.programId(),
                    line == null ? null : line.planType(),
                    line == null ? null : line.agreementId(), quota, drops.line(), admissions.line(),
                    new RejectionCounts(rejections[RejectionReason.QUOTA_FILLED.ordinal()],
                            rejections[RejectionReason.NOT_ADJUSTABLE.ordinal()],
                            rejections[RejectionReason.NO_ELIGIBLE_SEAT.ordinal()]),
                    adjusted, admittedFirstChoice);
        }
    }

    /** Scores in hundredths of a point, as the engine holds them, and the largest rank number. */
    private static final class Scores {
        int count;
        long sum;
        int max = Integer.MIN_VALUE;
        int min = Integer.MAX_VALUE;
        int lowestPlacedRank;

        void add(int score, int rank) {
            count++;
            sum += score;
            max = Math.max(max, score);
            min = Math.min(min, score);
            lowestPlacedRank = Math.max(lowestPlacedRank, rank);
        }

        ScoreLine line() {
            if (count == 0) {
                return new ScoreLine(0, null, null, null, null);
            }
            BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(100L * count), 2, RoundingMode.HALF_UP);
            return new ScoreLine(count, Points.of(max), Points.of(min), Points.normal(mean), lowestPlacedRank);
        }
    }
}
