package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A re-import that changed a candidate: which fields changed and who changed them. The values themselves stay
 * out of the history so that personal data lives in one row only.
 */
@Entity
@Table(name = "candidate_correction")
public class CandidateCorrection {

    @Id
    public UUID id;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    /** The candidate's version after the correction. */
    @Column(nullable = false)
    public long version;

    /** Comma-separated names of the changed fields, as in the import format. */
    @Column(name = "changed_fields", nullable = false)
    public String changedFields;

    /** The commission client (token subject) that imported the correction. */
    @Column(name = "corrected_by", nullable = false)
    public String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    public OffsetDateTime correctedAt;
}
