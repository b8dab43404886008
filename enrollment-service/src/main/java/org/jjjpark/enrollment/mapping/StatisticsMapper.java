package org.jjjpark.enrollment.mapping;

import org.jjjpark.admission.input.Points;
import org.jjjpark.enrollment.AdmissionFigures;
import org.jjjpark.enrollment.AgreementSeats;
import org.jjjpark.enrollment.DailyApplications;
import org.jjjpark.enrollment.DemandLevel;
import org.jjjpark.enrollment.InstitutionDemand;
import org.jjjpark.enrollment.PlanLineFigures;
import org.jjjpark.enrollment.RejectionCounts;
import org.jjjpark.enrollment.ScoreLine;
import org.jjjpark.enrollment.SeatRatio;
import org.jjjpark.enrollment.StatisticsAudience;
import org.jjjpark.enrollment.StoredAdmissionFigures;
import org.jjjpark.enrollment.rest.AdmissionStatisticsView;
import org.jjjpark.enrollment.rest.AgreementSeatsView;
import org.jjjpark.enrollment.rest.DailyApplicationsView;
import org.jjjpark.enrollment.rest.FirstChoiceDemandView;
import org.jjjpark.enrollment.rest.PlanVsApplicationsView;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

/** Statistics to response mapping: where the audience's rule withholds the applicant counts it must not see. */
public final class StatisticsMapper {

    private StatisticsMapper() {
    }

    public static DailyApplicationsView toView(DailyApplications d, StatisticsAudience audience) {
        boolean shown = audience.discloses(d.sourceProvince(), d.applications(), d.cumulativeApplications());
        return new DailyApplicationsView(d.intakeYear(), d.sourceProvince(), d.batch(), d.submittedOn(), d.status(),
                d.planLineId(), d.programId(), d.institutionId(), d.planType(), shown ? d.applications() : null,
                shown ? d.cumulativeApplications() : null, !shown);
    }

    public static FirstChoiceDemandView toDemandView(PlanLineFigures l, StatisticsAudience audience) {
        boolean shown = audience.discloses(l.sourceProvince(), l.firstChoiceApplications());
        return new FirstChoiceDemandView(DemandLevel.PROGRAM, l.intakeYear(), l.sourceProvince(), l.batch(),
                l.institutionId(), l.planLineId(), l.programId(), l.planType(), l.seats(),
                shown ? l.firstChoiceApplications() : null,
                shown ? SeatRatio.of(l.firstChoiceApplications(), l.seats()) : null, !shown);
    }

    public static FirstChoiceDemandView toDemandView(InstitutionDemand i, StatisticsAudience audience) {
        boolean shown = audience.discloses(i.sourceProvince(), i.firstChoiceApplications());
        return new FirstChoiceDemandView(DemandLevel.INSTITUTION, i.intakeYear(), i.sourceProvince(), i.batch(),
                i.institutionId(), null, null, null, i.seats(), shown ? i.firstChoiceApplications() : null,
                shown ? SeatRatio.of(i.firstChoiceApplications(), i.seats()) : null, !shown);
    }

    public static PlanVsApplicationsView toPlanView(PlanLineFigures l, StatisticsAudience audience) {
        boolean shown = audience.discloses(l.sourceProvince(), l.applications());
        return new PlanVsApplicationsView(l.planLineId(), l.agreementId(), l.programId(), l.institutionId(),
                l.intakeYear(), l.planProvince(), l.sourceProvince(), l.batch(), l.planType(), l.lineStatus(),
                l.seats(), shown ? l.applications() : null, shown ? SeatRatio.of(l.applications(), l.seats()) : null,
                !shown);
    }

    /** Seats are public plan data: nothing to withhold. */
    public static AgreementSeatsView toView(AgreementSeats s) {
        return new AgreementSeatsView(s.agreementId(), s.intakeYear(), s.planProvince(), s.sourceProvince(),
                s.batch(), s.planType(), s.openLines(), s.closedLines(), s.seats());
    }

    /**
     * Each figure withheld with the count it rests on: the scores of a group with its size (a lowest score of two
     * admitted singles one of them out), unfilled seats and fill rate with admitted (quota is public), a rate with
     * both of the counts it splits the admitted into.
     */
    public static AdmissionStatisticsView toView(StoredAdmissionFigures stored, StatisticsAudience audience) {
        AdmissionFigures f = stored.figures();
        IntPredicate shown = count -> audience.discloses(f.scope().sourceProvince(), count);
        ScoreLine drops = f.drops();
        boolean dropsShown = drops == null || shown.test(drops.count());
        ScoreLine admissions = f.admissions();
        int admitted = admissions.count();
        boolean admissionsShown = shown.test(admitted);
        RejectionCounts rejections = f.rejections();
        boolean adjustedShown = admissionsShown && shown.test(f.adjusted()) && shown.test(admitted - f.adjusted());
        boolean firstChoiceShown = admissionsShown && shown.test(f.admittedFirstChoice())
                && shown.test(admitted - f.admittedFirstChoice());
        boolean rejectionsShown = rejections == null || (shown.test(rejections.quotaFilled())
                && shown.test(rejections.notAdjustable()) && shown.test(rejections.noEligibleSeat()));
        ScoreLine dropLine = drops != null && dropsShown ? drops : null;
        ScoreLine admittedLine = admissionsShown ? admissions : null;
        return new AdmissionStatisticsView(f.level(), f.roundId(), f.scope().intakeYear(), f.scope().sourceProvince(),
                f.scope().batch(), f.unitId(), f.institutionId(), f.planLineId(), f.programId(), f.planType(),
                f.agreementId(), f.quota(), dropLine == null ? null : dropLine.count(),
                admittedLine == null ? null : admitted,
                admittedLine == null ? null : SeatRatio.of(admitted, f.quota()),
                admittedLine == null ? null : f.unfilled(),
                score(dropLine, ScoreLine::maxScore), score(dropLine, ScoreLine::minScore),
                score(dropLine, ScoreLine::meanScore), dropLine == null ? null : dropLine.minRank(),
                score(admittedLine, ScoreLine::maxScore), score(admittedLine, ScoreLine::minScore),
                score(admittedLine, ScoreLine::meanScore), admittedLine == null ? null : admittedLine.minRank(),
                rejection(rejections, RejectionCounts::quotaFilled, shown),
                rejection(rejections, RejectionCounts::notAdjustable, shown),
                rejection(rejections, RejectionCounts::noEligibleSeat, shown),
                adjustedShown ? f.adjusted() : null, adjustedShown ? SeatRatio.of(f.adjusted(), admitted) : null,
                firstChoiceShown ? f.admittedFirstChoice() : null,
                firstChoiceShown ? SeatRatio.of(f.admittedFirstChoice(), admitted) : null, stored.changeVersion(),
                !(dropsShown && admissionsShown && rejectionsShown && adjustedShown && firstChoiceShown));
    }

    /** A score as the engine writes it (612.5, 600), absent with its group or for an empty one. */
    private static BigDecimal score(ScoreLine line, Function<ScoreLine, BigDecimal> figure) {
        BigDecimal value = line == null ? null : figure.apply(line);
        return value == null ? null : Points.normal(value);
    }

    private static Integer rejection(RejectionCounts rejections, ToIntFunction<RejectionCounts> reason,
                                     IntPredicate shown) {
        if (rejections == null) {
            return null;
        }
        int count = reason.applyAsInt(rejections);
        return shown.test(count) ? count : null;
    }
}
