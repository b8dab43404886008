package org.jjjpark.enrollment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.enrollment.AdmissionDecision;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
}
