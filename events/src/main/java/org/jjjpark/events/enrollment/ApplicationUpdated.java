package org.jjjpark.events.enrollment;

import java.util.List;
import java.util.UUID;

/** An applicant changed their choice list before the deadline; carries the whole new list. */
public record ApplicationUpdated(
        UUID applicationId,
        UUID candidateId,
        long version,
        int intakeYear,
        String sourceProvince,
        String batch,
        List<ApplicationChoice> choices,
        String status) {
}
