package org.jjjpark.enrollment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.enrollment.AdmissionConfig;
import org.jjjpark.enrollment.AdmissionScope;

import java.util.List;

@ApplicationScoped
public class AdmissionConfigRepository implements PanacheRepositoryBase<AdmissionConfig, AdmissionScope> {

    /** A year has at most a few dozen scopes (provinces × batches): no paging needed. */
    public List<AdmissionConfig> ofYear(int intakeYear) {
        return list("scope.intakeYear", Sort.by("scope.sourceProvince").and("scope.batch"), intakeYear);
    }
}
