package org.jjjpark.enrollment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An application as the change feed serves it: its newest state, without anything that identifies a person. */
public record ApplicationChange(long changeVersion, UUID id, ApplicationKey key, ApplicationStatus status,
                                List<Choice> choices, OffsetDateTime updatedAt) {

    /** The flat form a JPQL constructor expression produces. */
    public ApplicationChange(long changeVersion, UUID id, int intakeYear, String sourceProvince, Batch batch,
                             String examNumber, OffsetDateTime submittedAt, ApplicationStatus status,
                             List<Choice> choices, OffsetDateTime updatedAt) {
        this(changeVersion, id, new ApplicationKey(intakeYear, sourceProvince, batch, examNumber, submittedAt),
                status, choices, updatedAt);
    }
}
