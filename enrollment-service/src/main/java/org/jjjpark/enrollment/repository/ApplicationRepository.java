package org.jjjpark.enrollment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.enrollment.Application;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.ApplicationStatusChange;
import org.jjjpark.enrollment.AdmissionScope;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** The application, if it belongs to this candidate: another's is treated as not existing. */
    public Optional<Application> ofCandidate(UUID id, UUID candidateId) {
        return find("id = ?1 and candidateId = ?2", id, candidateId).firstResultOptional();
    }

    /** A candidate has at most a handful of applications (one per batch and year): no paging needed. */
    public List<Application> allOfCandidate(UUID candidateId) {
        return list("candidateId", Sort.by("createdAt").and("id"), candidateId);
    }

    public boolean hasActive(UUID candidateId, AdmissionScope scope) {
        return count("candidateId = ?1 and intakeYear = ?2 and batch = ?3 and status <> ?4", candidateId,
                scope.intakeYear(), scope.batch(), ApplicationStatus.WITHDRAWN) > 0;
    }

    public List<ApplicationStatusChange> history(UUID applicationId) {
        return getEntityManager().createQuery("""
                        from ApplicationStatusChange where applicationId = :id order by version, changedAt""",
                        ApplicationStatusChange.class)
                .setParameter("id", applicationId).getResultList();
    }

    /**
     * Moves every application a round decided to the decision's outcome, as an entity update would (one more
     * version, a new change version from the V5 trigger), with its status history: two statements for the whole
     * round instead of two writes per application.
     *
     * @return the number of applications moved
     */
    public int moveToOutcomes(UUID roundId, OffsetDateTime at) {
        int moved = getEntityManager().createNativeQuery("""
                        update application a
                        set status = d.outcome, version = a.version + 1, updated_at = :at
                        from admission_decision d
                        where d.round_id = :round and d.application_id = a.id""")
                .setParameter("round", roundId).setParameter("at", at).executeUpdate();
        getEntityManager().createNativeQuery("""
                        insert into application_status_change (id, application_id, status, version, changed_at)
                        select gen_random_uuid(), a.id, a.status, a.version, :at
                        from admission_decision d
                                 join application a on a.id = d.application_id
                        where d.round_id = :round""")
                .setParameter("round", roundId).setParameter("at", at).executeUpdate();
        return moved;
    }
}
