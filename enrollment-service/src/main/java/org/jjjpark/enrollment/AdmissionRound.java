package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.TiePolicy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One run of the admission engine on a scope's frozen applications, with its manifest: the algorithm version,
 * the configuration, and the SHA-256 of the canonical input and result, so that anyone can re-run and compare.
 */
@Entity
@Table(name = "admission_round")
public class AdmissionRound {

    @Id
    public UUID id;

    @Column(name = "intake_year", nullable = false)
    public int intakeYear;

    @Column(name = "source_province", nullable = false)
    public String sourceProvince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Batch batch;

    /** Stores its result for inspection and changes no application. */
    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdmissionRoundStatus status;

    @Column(name = "algorithm_version", nullable = false)
    public String algorithmVersion;

    @Column(name = "drop_ratio", nullable = false)
    public BigDecimal dropRatio;

    @Convert(converter = TieBreakChainConverter.class)
    @Column(name = "tie_break_chain", nullable = false)
    public List<TieBreakKey> tieBreakChain;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_policy", nullable = false)
    public TiePolicy tiePolicy;

    @Column(name = "input_sha256", nullable = false)
    public String inputSha256;

    /** Null when the round failed: a result that broke an invariant is not kept. */
    @Column(name = "result_sha256")
    public String resultSha256;

    @Column(nullable = false)
    public int applicants;

    @Column(nullable = false)
    public int admitted;

    @Column(nullable = false)
    public int rejected;

    @Column(name = "not_dropped", nullable = false)
    public int notDropped;

    @Column(name = "tie_overflows", nullable = false)
    public int tieOverflows;

    /** For a failed round, the broken invariants, one per line; null otherwise. */
    @Column
    public String violations;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at", nullable = false)
    public OffsetDateTime finishedAt;

    public AdmissionScope scope() {
        return new AdmissionScope(intakeYear, sourceProvince, batch);
    }
}
