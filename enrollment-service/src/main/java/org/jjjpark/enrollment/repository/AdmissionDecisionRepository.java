package org.jjjpark.enrollment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jjjpark.enrollment.AdmissionDecision;
import org.jjjpark.enrollment.ChoiceTraceConverter;
import org.jjjpark.eventing.jdbc.CopyRows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class AdmissionDecisionRepository implements PanacheRepositoryBase<AdmissionDecision, AdmissionDecision.Key> {

    /**
     * Up to {@code limit} decisions of a round by rank, then application id, after the decision at
     * ({@code afterRank}, {@code afterApplication}); from the start when those are null.
     */
    public List<AdmissionDecision> page(UUID roundId, Integer afterRank, UUID afterApplication, int limit) {
        Sort order = Sort.by("rank").and("applicationId");
        if (afterRank == null) {
            return find("roundId = :round", order, Parameters.with("round", roundId)).page(0, limit).list();
        }
        return find("roundId = :round and (rank > :rank or (rank = :rank and applicationId > :application))", order,
                Parameters.with("round", roundId).and("rank", afterRank).and("application", afterApplication))
                .page(0, limit).list();
    }

    public Optional<AdmissionDecision> of(UUID roundId, UUID applicationId) {
        return find("roundId = ?1 and applicationId = ?2", roundId, applicationId).firstResultOptional();
    }

    /**
     * Inserts a round's decisions with one COPY: a province's round decides about a million applications, each
     * with its trace. {@code decisions} is consumed once, so the caller can make each decision as it is written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long insertAll(Stream<AdmissionDecision> decisions) {
        getEntityManager().flush();
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (CopyRows rows = CopyRows.into(connection, "admission_decision (round_id, application_id, candidate_id, "
                    + "rank, score, outcome, unit_id, plan_line_id, adjusted, rejection_reason, trace)")) {
                decisions.forEach(d -> rows.row(d.roundId, d.applicationId, d.candidateId, d.rank,
                        d.score.toPlainString(), d.outcome, d.unitId, d.planLineId, d.adjusted, d.rejectionReason,
                        TRACES.convertToDatabaseColumn(d.trace)));
                return rows.rows();
            }
        });
    }

    private static final ChoiceTraceConverter TRACES = new ChoiceTraceConverter();
}
