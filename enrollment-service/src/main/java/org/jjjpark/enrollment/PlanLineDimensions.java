package org.jjjpark.enrollment;

import java.util.UUID;

/** What a plan line is, as statistics cut it: its institution, program, plan type and agreement. */
public record PlanLineDimensions(UUID institutionId, UUID programId, PlanType planType, UUID agreementId) {
}
