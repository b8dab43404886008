package org.jjjpark.events.enrollment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An operator erased an application (data-subject deletion or retention purge): consumers holding a copy of it
 * remove theirs.
 */
public record ApplicationDeleted(
        UUID applicationId,
        UUID candidateId,
        long version,
        int intakeYear,
        String sourceProvince,
        String batch,
        OffsetDateTime deletedAt) {
}
