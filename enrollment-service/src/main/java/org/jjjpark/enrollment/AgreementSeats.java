package org.jjjpark.enrollment;

import java.util.UUID;

/**
 * The seats one agreement puts into one plan: (intake year, plan province, source province, batch, plan type).
 *
 * @param seats seats of its open lines; a closed line's seats are no longer in force
 */
public record AgreementSeats(UUID agreementId, int intakeYear, String planProvince, String sourceProvince,
                             Batch batch, PlanType planType, long openLines, long closedLines, long seats) {
}
