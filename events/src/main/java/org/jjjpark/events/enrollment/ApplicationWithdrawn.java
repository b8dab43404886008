package org.jjjpark.events.enrollment;

import java.util.UUID;

/** An applicant withdrew their application before the deadline; the batch is open to a new one. */
public record ApplicationWithdrawn(
        UUID applicationId,
        UUID candidateId,
        long version,
        int intakeYear,
        String sourceProvince,
        String batch) {
}
