package org.jjjpark.enrollment.repository;

import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanLineStatus;

import java.util.UUID;

/** Optional filters of the plan line list; {@code null} means "any". */
public record PlanLineFilter(Integer intakeYear, String sourceProvince, Batch batch, PlanLineStatus status,
                             UUID agreementId) {
}
