package org.jjjpark.enrollment;

/** Rejections (退档) by a unit or a round, by the reasons of stage 2 (DOMAIN.md d.2). */
public record RejectionCounts(int quotaFilled, int notAdjustable, int noEligibleSeat) {
}
