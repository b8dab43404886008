package org.jjjpark.events.enrollment;

import java.util.UUID;

/**
 * An admission round admitted an application to a major (a plan line) of a unit; pseudonymous ids only.
 *
 * @param version  the application's version after its status became ADMITTED
 * @param unitId   the file-drop unit: the institution's major group, or the plan line itself in single-major batches
 * @param adjusted admitted to a major the applicant did not list (调剂)
 */
public record ApplicantAdmitted(
        UUID roundId,
        UUID applicationId,
        UUID candidateId,
        long version,
        int intakeYear,
        String sourceProvince,
        String batch,
        String unitId,
        UUID planLineId,
        boolean adjusted) {
}
