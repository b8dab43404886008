package org.jjjpark.enrollment;

import java.util.UUID;

/**
 * First-choice demand for one institution's major group (院校专业组) in one (year, source province, batch).
 *
 * @param seats                   seats in force over the institution's open plan lines
 * @param firstChoiceApplications active applications whose first choice is a major group of the institution
 */
public record InstitutionDemand(int intakeYear, String sourceProvince, Batch batch, UUID institutionId, long seats,
                                long firstChoiceApplications) {
}
