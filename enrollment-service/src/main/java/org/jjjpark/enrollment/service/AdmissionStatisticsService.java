package org.jjjpark.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.enrollment.AdmissionRound;
import org.jjjpark.enrollment.AdmissionStatisticsLevel;
import org.jjjpark.enrollment.StatisticsAudience;
import org.jjjpark.enrollment.mapping.StatisticsMapper;
import org.jjjpark.enrollment.repository.AdmissionStatisticsRepository;
import org.jjjpark.enrollment.repository.StatisticsFilter;
import org.jjjpark.enrollment.rest.AdmissionStatisticsView;
import org.jjjpark.enrollment.rest.ChangeVersionRange;
import org.jjjpark.http.paging.Page;

import java.util.Optional;

/**
 * The admission statistics of completed rounds: computed once, in the transaction that completes a round, and read
 * like the other statistics, or incrementally by change version like the change feed.
 */
@ApplicationScoped
public class AdmissionStatisticsService {

    private final AdmissionStatisticsRepository statistics;
    private final ChangeHorizon horizon;

    @Inject
    public AdmissionStatisticsService(AdmissionStatisticsRepository statistics, ChangeHorizon horizon) {
        this.statistics = statistics;
        this.horizon = horizon;
    }

    /** Stores the figures of a round that moved applications; called once, before the round commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AdmissionRound round, AdmissionResult result) {
        statistics.insert(AdmissionStatisticsCalculator.figures(round.id, round.scope(), result,
                statistics.lineDimensions(round.scope())));
    }

    /**
     * @param changes only rows of these change versions, never beyond the version {@link ChangeHorizon} can
     *                promise, so that a client that continues from the last version it read misses nothing;
     *                empty for every row
     */
    @Transactional
    public Page<AdmissionStatisticsView> figures(StatisticsFilter filter, AdmissionStatisticsLevel level,
                                                 Optional<ChangeVersionRange> changes, StatisticsAudience audience,
                                                 String cursor, int limit) {
        Long min = changes.map(ChangeVersionRange::min).orElse(null);
        Long max = changes.isEmpty() ? null : horizon.cap(changes.get().max());
        return statistics.page(filter, level, min, max, cursor, limit).map(f -> StatisticsMapper.toView(f, audience));
    }
}
