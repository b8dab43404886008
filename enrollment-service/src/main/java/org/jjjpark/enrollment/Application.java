package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An applicant's ordered choice list for one (year, source province, batch). */
@Entity
@Table(name = "application")
public class Application {

    @Id
    public UUID id;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    @Column(name = "intake_year", nullable = false)
    public int intakeYear;

    @Column(name = "source_province", nullable = false)
    public String sourceProvince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Batch batch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Convert(converter = ChoiceListConverter.class)
    @Column(nullable = false)
    public List<Choice> choices;

    /** Optimistic lock and ETag: every change increments it. */
    @Version
    public long version;

    /** Position in the change feed, assigned by the database on every insert and update (V5 trigger). */
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "change_version", insertable = false, updatable = false)
    public long changeVersion;

    /** Submission time; part of the natural key ({@link ApplicationKey}). */
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public AdmissionScope scope() {
        return new AdmissionScope(intakeYear, sourceProvince, batch);
    }

    public boolean isActive() {
        return status != ApplicationStatus.WITHDRAWN;
    }
}
