package org.jjjpark.events.enrollment;

import java.util.UUID;

/**
 * An admission round left an application without a seat: a unit rejected its file (退档), or no unit of its list
 * could take the file; pseudonymous ids only.
 *
 * @param version the application's version after its status became REJECTED or NOT_DROPPED
 * @param unitId  the unit that rejected the file; null when the file was not dropped anywhere
 * @param reason  QUOTA_FILLED, NOT_ADJUSTABLE, NO_ELIGIBLE_SEAT (DOMAIN.md d.2), or NOT_DROPPED
 */
public record ApplicantRejected(
        UUID roundId,
        UUID applicationId,
        UUID candidateId,
        long version,
        int intakeYear,
        String sourceProvince,
        String batch,
        String unitId,
        String reason) {
}
