package org.jjjpark.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.DemandLevel;
import org.jjjpark.enrollment.StatisticsAudience;
import org.jjjpark.enrollment.mapping.StatisticsMapper;
import org.jjjpark.enrollment.repository.StatisticsFilter;
import org.jjjpark.enrollment.repository.StatisticsRepository;
import org.jjjpark.enrollment.rest.AgreementSeatsView;
import org.jjjpark.enrollment.rest.DailyApplicationsView;
import org.jjjpark.enrollment.rest.FirstChoiceDemandView;
import org.jjjpark.enrollment.rest.PlanVsApplicationsView;
import org.jjjpark.http.paging.Page;

import java.time.LocalDate;

/**
 * The statistics commissions and operators pull: one page of figures from the counters, with the figures the
 * audience may not see withheld.
 */
@ApplicationScoped
public class StatisticsService {

    private final StatisticsRepository statistics;

    @Inject
    public StatisticsService(StatisticsRepository statistics) {
        this.statistics = statistics;
    }

    /** @see StatisticsRepository#dailyApplications */
    @Transactional
    public Page<DailyApplicationsView> dailyApplications(StatisticsFilter filter, ApplicationStatus status,
                                                         LocalDate from, LocalDate to, StatisticsAudience audience,
                                                         String cursor, int limit) {
        return statistics.dailyApplications(filter, status, from, to, cursor, limit)
                .map(d -> StatisticsMapper.toView(d, audience));
    }

    @Transactional
    public Page<FirstChoiceDemandView> firstChoiceDemand(StatisticsFilter filter, DemandLevel level,
                                                         StatisticsAudience audience, String cursor, int limit) {
        return level == DemandLevel.INSTITUTION
                ? statistics.institutionDemand(filter, cursor, limit).map(i -> StatisticsMapper.toDemandView(i, audience))
                : statistics.planLines(filter, cursor, limit).map(l -> StatisticsMapper.toDemandView(l, audience));
    }

    @Transactional
    public Page<PlanVsApplicationsView> planVsApplications(StatisticsFilter filter, StatisticsAudience audience,
                                                           String cursor, int limit) {
        return statistics.planLines(filter, cursor, limit).map(l -> StatisticsMapper.toPlanView(l, audience));
    }

    @Transactional
    public Page<AgreementSeatsView> seatsByAgreement(StatisticsFilter filter, String cursor, int limit) {
        return statistics.seatsByAgreement(filter, cursor, limit).map(StatisticsMapper::toView);
    }
}
