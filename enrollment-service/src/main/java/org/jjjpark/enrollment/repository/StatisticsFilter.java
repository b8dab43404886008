package org.jjjpark.enrollment.repository;

import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanType;

import java.util.UUID;

/**
 * The plan lines a statistic covers, by the dimensions of the plan; {@code null} means "any". Every statistic
 * takes them: a figure belongs to plan lines (directly, or to all the lines of an institution or agreement).
 *
 * @param institutionId the institution offering the line's program
 */
public record StatisticsFilter(Integer intakeYear, String sourceProvince, Batch batch, UUID programId,
                               UUID institutionId, PlanType planType, UUID agreementId) {
}
