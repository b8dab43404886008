package org.jjjpark.enrollment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Applications submitted on one day that list one plan line and are now in one status, and the running total of
 * such applications from the first submission day up to this one.
 *
 * @param institutionId the program's institution; {@code null} while the program is unknown here
 */
public record DailyApplications(int intakeYear, String sourceProvince, Batch batch, UUID planLineId, UUID programId,
                                PlanType planType, UUID institutionId, ApplicationStatus status,
                                LocalDate submittedOn, long applications, long cumulativeApplications) {
}
