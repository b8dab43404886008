package org.jjjpark.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A program (major) an institution offers at the park, e.g. Artificial Intelligence (080717T) at BIT. */
@Entity
@Table(name = "program")
public class Program {

    @Id
    public UUID id;

    /** The offering institution. Kept as an id: programs are listed per partner, never loaded through it. */
    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "catalogue_code", nullable = false)
    public String catalogueCode;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Degree degree;

    @Column(name = "duration_years", nullable = false)
    public int durationYears;

    @Column(nullable = false)
    public String campus;

    @Convert(converter = SubjectListConverter.class)
    @Column(name = "subject_requirements", nullable = false)
    public List<Subject> subjectRequirements;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgramStatus status;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isOffered() {
        return status == ProgramStatus.OFFERED;
    }
}
