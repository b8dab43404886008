package org.jjjpark.enrollment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.enrollment.PlanLine;
import org.jjjpark.http.paging.CreationKeyset;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanLineRepository implements PanacheRepositoryBase<PlanLine, UUID> {

    public List<PlanLine> ofAgreement(UUID agreementId) {
        return list("agreementId", agreementId);
    }

    /** Up to {@code limit} lines matching {@code filter} after {@code after}, by creation time then id. */
    public List<PlanLine> page(PlanLineFilter filter, CreationKeyset after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.intakeYear() != null) {
            where.add("intakeYear = :year");
            params.and("year", filter.intakeYear());
        }
        if (filter.sourceProvince() != null) {
            where.add("sourceProvince = :province");
            params.and("province", filter.sourceProvince());
        }
        if (filter.batch() != null) {
            where.add("batch = :batch");
            params.and("batch", filter.batch());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.agreementId() != null) {
            where.add("agreementId = :agreementId");
            params.and("agreementId", filter.agreementId());
        }
        if (after != null) {
            where.add(CreationKeyset.AFTER);
            params.and("afterCreatedAt", after.createdAt()).and("afterId", after.id());
        }
        return find(String.join(" and ", where), Sort.by("createdAt").and("id"), params).page(0, limit).list();
    }
}
