package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What this service knows of a program from {@code partner.events}: its institution and subject requirements. */
@Entity
@Table(name = "program_replica")
public class ProgramReplica {

    @Id
    @Column(name = "program_id")
    public UUID programId;

    /** The offering institution; majors of one institution form its unit (院校专业组) in a batch. */
    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "catalogue_code", nullable = false)
    public String catalogueCode;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Convert(converter = SubjectListConverter.class)
    @Column(name = "subject_requirements", nullable = false)
    public List<Subject> subjectRequirements;

    /** As published: {@code OFFERED} or {@code WITHDRAWN}. */
    @Column(nullable = false)
    public String status;

    /** The producer's version of the program; events with a version not above it are stale. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
