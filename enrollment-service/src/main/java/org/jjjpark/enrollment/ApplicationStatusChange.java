package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step in an application's status history, written with the change itself. */
@Entity
@Table(name = "application_status_change")
public class ApplicationStatusChange {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    /** The application's version after the change. */
    @Column(nullable = false)
    public long version;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    /** The status {@code application} has now, entered at {@code at}; call after the flush that set its version. */
    public static ApplicationStatusChange of(Application application, OffsetDateTime at) {
        ApplicationStatusChange change = new ApplicationStatusChange();
        change.id = UUID.randomUUID();
        change.applicationId = application.id;
        change.status = application.status;
        change.version = application.version;
        change.changedAt = at;
        return change;
    }
}
