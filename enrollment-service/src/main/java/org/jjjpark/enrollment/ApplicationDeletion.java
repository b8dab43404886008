package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The tombstone of an erased application, for the deletes feed. Written only by the database, in the
 * transaction that deletes the application (V5 trigger), whichever path deletes it.
 */
@Entity
@Immutable
@Table(name = "application_deletion")
public class ApplicationDeletion {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "change_version", nullable = false)
    public long changeVersion;

    @Column(name = "intake_year", nullable = false)
    public int intakeYear;

    @Column(name = "source_province", nullable = false)
    public String sourceProvince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Batch batch;

    @Column(name = "exam_number", nullable = false)
    public String examNumber;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "deleted_at", nullable = false)
    public OffsetDateTime deletedAt;

    public ApplicationKey key() {
        return new ApplicationKey(intakeYear, sourceProvince, batch, examNumber, submittedAt);
    }
}
