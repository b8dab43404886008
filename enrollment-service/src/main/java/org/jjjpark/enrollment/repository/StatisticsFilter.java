package org.jjjpark.enrollment.repository;

import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Optional filters of the statistics; {@code null} means "any". Each statistic applies the dimensions it has.
 *
 * @param from first submission day, inclusive
 * @param to   last submission day, inclusive
 */
public record StatisticsFilter(Integer intakeYear, String sourceProvince, Batch batch, ApplicationStatus status,
                               UUID programId, UUID institutionId, PlanType planType, UUID agreementId,
                               LocalDate from, LocalDate to) {
}
