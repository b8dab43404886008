package org.jjjpark.enrollment.mapping;

import org.jjjpark.enrollment.AgreementSeats;
import org.jjjpark.enrollment.DailyApplications;
import org.jjjpark.enrollment.DemandLevel;
import org.jjjpark.enrollment.InstitutionDemand;
import org.jjjpark.enrollment.PlanLineFigures;
import org.jjjpark.enrollment.SeatRatio;
import org.jjjpark.enrollment.StatisticsAudience;
import org.jjjpark.enrollment.rest.AgreementSeatsView;
import org.jjjpark.enrollment.rest.DailyApplicationsView;
import org.jjjpark.enrollment.rest.FirstChoiceDemandView;
import org.jjjpark.enrollment.rest.PlanVsApplicationsView;

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
}
