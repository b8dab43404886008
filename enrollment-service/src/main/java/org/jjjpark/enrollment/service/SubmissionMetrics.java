package org.jjjpark.enrollment.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jjjpark.eventing.transaction.AfterCommit;

/** Counts submitted applications by source province: {@code applications_submitted_total} on /q/metrics. */
@ApplicationScoped
public class SubmissionMetrics {

    private static final String SUBMITTED = "applications.submitted";

    private final MeterRegistry meters;
    private final TransactionSynchronizationRegistry transactions;

    @Inject
    public SubmissionMetrics(MeterRegistry meters, TransactionSynchronizationRegistry transactions) {
        this.meters = meters;
        this.transactions = transactions;
    }

    /**
     * Counts a submission once its transaction commits: one that rolls back (a concurrent submission for the
     * same batch won, the database failed at commit) was never submitted.
     */
    public void submitted(String sourceProvince) {
        AfterCommit.run(transactions,
                () -> meters.counter(SUBMITTED, "source_province", sourceProvince).increment());
    }
}
