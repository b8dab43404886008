package org.jjjpark.enrollment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.enrollment.Candidate;
import org.jjjpark.enrollment.CandidateCorrection;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    /** The candidates of {@code examYear} with any of these exam numbers, in one query for a whole import. */
    public List<Candidate> byExamNumbers(int examYear, Collection<String> examNumbers) {
        return list("examYear = ?1 and examNumber in ?2", examYear, examNumbers);
    }

    /** The candidates of {@code examYear} holding any of these ID-number hashes. */
    public List<Candidate> byIdNumberHashes(int examYear, Collection<String> hashes) {
        return list("examYear = ?1 and idNumberHash in ?2", examYear, hashes);
    }

    public List<CandidateCorrection> corrections(UUID candidateId) {
        return getEntityManager().createQuery("""
                        from CandidateCorrection where candidateId = :id order by correctedAt, id""",
                        CandidateCorrection.class)
                .setParameter("id", candidateId).getResultList();
    }
}
