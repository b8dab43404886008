package org.jjjpark.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jjjpark.agreement.repository.AgreementStatistics;
import org.jjjpark.agreement.rest.AgreementSummary;

/** The commissions' view of all agreements: aggregates only, so every commission sees every province. */
@ApplicationScoped
public class SummaryService {

    private final AgreementStatistics statistics;

    @Inject
    public SummaryService(AgreementStatistics statistics) {
        this.statistics = statistics;
    }

    /** @param intakeYear limits the seats to one intake year; {@code null} for all */
    @Transactional
    public AgreementSummary summary(Integer intakeYear) {
        return new AgreementSummary(statistics.countsByTypeAndStatus(), statistics.seatsInForce(intakeYear),
                statistics.activeOrderClasses());
    }
}
