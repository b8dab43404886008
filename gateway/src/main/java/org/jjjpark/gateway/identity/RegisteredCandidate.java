package org.jjjpark.gateway.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A candidate as the gateway knows them from CandidateRegistered: id, province and keyed hashes only. */
@Entity
@Table(name = "candidate")
public class RegisteredCandidate {

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "exam_number_hash", nullable = false)
    public String examNumberHash;

    @Column(name = "id_number_hash", nullable = false)
    public String idNumberHash;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(name = "exam_year", nullable = false)
    public int examYear;

    /** Version of the event this row reflects; older events are ignored. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
