package org.jjjpark.agreement.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Moves agreements along the calendar: signed ones take effect on their effective date, active ones expire
 * after their end date. Runs on every instance; row locks make each transition happen once.
 */
@ApplicationScoped
public class LifecycleScheduler {

    private final AgreementService agreements;

    @Inject
    public LifecycleScheduler(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Scheduled(identity = "agreement-lifecycle", every = "${agreement.lifecycle.check-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        agreements.applyDueTransitions();
    }
}
