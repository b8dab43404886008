package org.jjjpark.enrollment;

import java.util.List;
import java.util.UUID;

/**
 * One entry of an applicant's ordered list: majors of one unit in the applicant's order (plan line ids) and
 * whether the applicant accepts any other major of the unit when these are full (服从调剂).
 */
public record Choice(List<UUID> majors, boolean acceptAdjustment) {

    public Choice {
        majors = List.copyOf(majors);
    }
}
