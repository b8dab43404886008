package org.jjjpark.enrollment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * An adjustment of one statistics counter row: the applications in {@code status}, submitted on
 * {@code submittedOn}, that name {@code planLineId} ({@code listing}) and that rank it first ({@code firstChoice}).
 */
public record TallyChange(AdmissionScope scope, UUID planLineId, ApplicationStatus status, LocalDate submittedOn,
                          int listing, int firstChoice) {

    /**
     * The order every write adjusts counter rows in. Two transactions that lock rows in one order cannot deadlock
     * over them, however their lists overlap.
     */
    public static final Comparator<TallyChange> LOCK_ORDER = Comparator
            .comparing(TallyChange::planLineId)
            .thenComparing(TallyChange::status)
            .thenComparing(TallyChange::submittedOn);
}
