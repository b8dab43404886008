package org.jjjpark.enrollment;

import java.util.List;
import java.util.UUID;

/**
 * What the choice rules need to know about one plan line an applicant listed.
 *
 * @param institutionId the institution offering the line's program: its majors in a batch form one unit
 */
public record PlanOption(
        UUID planLineId,
        AdmissionScope scope,
        boolean open,
        UUID institutionId,
        List<Subject> subjectRequirements) {
}
