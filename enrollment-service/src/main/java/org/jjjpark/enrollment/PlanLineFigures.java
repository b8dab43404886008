package org.jjjpark.enrollment;

import java.util.UUID;

/**
 * One plan line against the applications that name it.
 *
 * @param institutionId            the program's institution; {@code null} while the program is unknown here
 * @param seats                    seats in force: the line's seats while it is open, none once it is closed
 * @param applications             active (not withdrawn) applications that list the line anywhere
 * @param firstChoiceApplications  active applications whose first choice starts with the line
 */
public record PlanLineFigures(UUID planLineId, UUID agreementId, UUID programId, UUID institutionId, int intakeYear,
                              String planProvince, String sourceProvince, Batch batch, PlanType planType,
                              PlanLineStatus lineStatus, long seats, long applications,
                              long firstChoiceApplications) {
}
