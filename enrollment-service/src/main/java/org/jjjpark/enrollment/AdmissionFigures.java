package org.jjjpark.enrollment;

import java.util.UUID;

/**
 * The admission statistics of one round at one level (DOMAIN.md "Statistics the commissions pull": plan vs.
 * outcome, score lines, last-called rank, rejections, adjustment, first choice): counts and score lines, from which
 * the rates follow.
 *
 * @param unitId              the unit; null on the ROUND row
 * @param institutionId       the institution of the unit or major; null on the ROUND row
 * @param planLineId          the major, on MAJOR rows, and on UNIT rows of a unit that is one plan line; else null
 * @param quota               the plan quota (计划数): seats of the majors in the round
 * @param drops               files dropped (投档) and their score line; null on MAJOR rows (files go to units)
 * @param admissions          applicants admitted (录取) and their score line
 * @param rejections          null on MAJOR rows (units reject)
 * @param adjusted            admitted to a major they did not list (调剂)
 * @param admittedFirstChoice admitted to the unit they listed first
 */
public record AdmissionFigures(UUID roundId, AdmissionScope scope, AdmissionStatisticsLevel level, String unitId,
                               UUID institutionId, UUID planLineId, UUID programId, PlanType planType,
                               UUID agreementId, int quota, ScoreLine drops, ScoreLine admissions,
                               RejectionCounts rejections, int adjusted, int admittedFirstChoice) {

    /** Seats no one was admitted to; none when fully tied applicants took more than the quota (d.3). */
    public int unfilled() {
        return Math.max(0, quota - admissions.count());
    }
}
