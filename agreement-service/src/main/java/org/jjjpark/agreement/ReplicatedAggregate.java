package org.jjjpark.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/**
 * What the replica keeps of every aggregate it copies from {@code partner.events}: its status and the version
 * it is at, so that an event older than what is held can be recognised and ignored.
 */
@MappedSuperclass
public abstract class ReplicatedAggregate {

    /** As partner-service says: ACTIVE or INACTIVE for a partner, OFFERED or WITHDRAWN for a program. */
    @Column(nullable = false)
    public String status;

    /** The aggregate's version in the newest event applied. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
