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
}
