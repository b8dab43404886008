package org.jjjpark.events.enrollment;

import java.util.List;
import java.util.UUID;

/**
 * One entry of an applicant's ordered list.
 *
 * @param majors           plan line ids of one unit, in the applicant's order
 * @param acceptAdjustment whether any other major of the unit is acceptable when these are full (服从调剂)
 */
public record ApplicationChoice(List<UUID> majors, boolean acceptAdjustment) {
}
