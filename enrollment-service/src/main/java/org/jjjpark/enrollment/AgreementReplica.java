package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The newest state of an agreement seen on {@code agreement.events}; plan lines hang off it. */
@Entity
@Table(name = "agreement_replica")
public class AgreementReplica {

    /** Agreement states that matter here. */
    public enum Status { ACTIVE, TERMINATED, EXPIRED }

    @Id
    @Column(name = "agreement_id")
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The producer's version; events with a version not above it are stale and ignored. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
