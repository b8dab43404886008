package org.jjjpark.admission.input;

import java.util.List;
import java.util.Objects;

/**
 * One entry of an applicant's ordered list: a unit, the majors wanted in it in order, and whether any other major
 * of the unit is acceptable when those are full (服从调剂).
 */
public record Choice(String unitId, List<String> majorCodes, boolean acceptAdjustment) {

    public Choice {
        Objects.requireNonNull(unitId, "unitId");
        majorCodes = List.copyOf(majorCodes);
    }
}
