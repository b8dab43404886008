package org.jjjpark.enrollment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.enrollment.AdmissionRound;
import org.jjjpark.enrollment.AdmissionRoundStatus;
import org.jjjpark.enrollment.AdmissionScope;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AdmissionRoundRepository implements PanacheRepositoryBase<AdmissionRound, UUID> {

    /** The round that moved the scope's applications, if one did; there is at most one (V7 index). */
    public Optional<AdmissionRound> completed(AdmissionScope scope) {
        return find("intakeYear = ?1 and sourceProvince = ?2 and batch = ?3 and status = ?4 and dryRun = false",
                scope.intakeYear(), scope.sourceProvince(), scope.batch(), AdmissionRoundStatus.COMPLETED)
                .firstResultOptional();
    }

    /** The canonical input document alone, without loading the rest of the round. */
    public Optional<byte[]> canonicalInput(UUID id) {
        return getEntityManager().createQuery("select r.canonicalInput from AdmissionRound r where r.id = :id",
                byte[].class).setParameter("id", id).getResultStream().findFirst();
    }
}
