package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What one admission round decided for one application, with the trace its explanation is derived from. */
@Entity
@Table(name = "admission_decision")
@IdClass(AdmissionDecision.Key.class)
public class AdmissionDecision {

    /** The composite primary key, as JPA wants it: a mutable class with equality by value. */
    public static class Key implements Serializable {
        public UUID roundId;
        public UUID applicationId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(roundId, key.roundId)
                    && Objects.equals(applicationId, key.applicationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, applicationId);
        }
    }

    @Id
    @Column(name = "round_id")
    public UUID roundId;

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    /** 位次: 1 + the number of applicants of the round with strictly better scores (d.0). */
    @Column(nullable = false)
    public int rank;

    @Column(nullable = false)
    public BigDecimal score;

    /** ADMITTED, REJECTED or NOT_DROPPED. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus outcome;

    /** The unit the file was dropped to; null when not dropped. */
    @Column(name = "unit_id")
    public String unitId;

    /** The admitted major; null unless admitted. */
    @Column(name = "plan_line_id")
    public UUID planLineId;

    @Column(nullable = false)
    public boolean adjusted;

    /** QUOTA_FILLED, NOT_ADJUSTABLE or NO_ELIGIBLE_SEAT when rejected; null otherwise. */
    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Convert(converter = ChoiceTraceConverter.class)
    @Column(nullable = false)
    public List<ChoiceTrace> trace;
}
