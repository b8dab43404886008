package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Seats of one program in one province's plan for one intake year, as an active agreement allocated them.
 * Applicants choose plan lines; the agreement id traces every seat back to the agreement that created it.
 */
@Entity
@Table(name = "plan_line")
public class PlanLine {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    @Column(name = "intake_year", nullable = false)
    public int intakeYear;

    /** The province whose enrollment plan the seats count against. */
    @Column(name = "plan_province", nullable = false)
    public String planProvince;

    /** The province the applicants come from. */
    @Column(name = "source_province", nullable = false)
    public String sourceProvince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Batch batch;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false)
    public PlanType planType;

    @Column(nullable = false)
    public int seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanLineStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isOpen() {
        return status == PlanLineStatus.OPEN;
    }
}
