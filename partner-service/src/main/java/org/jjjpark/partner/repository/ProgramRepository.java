package org.jjjpark.partner.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.partner.Program;
import org.jjjpark.partner.ProgramStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, UUID> {

    public boolean isOffered(UUID partnerId, String catalogueCode, String campus) {
        return count("partnerId = ?1 and catalogueCode = ?2 and campus = ?3 and status = ?4",
                partnerId, catalogueCode, campus, ProgramStatus.OFFERED) > 0;
    }

    public List<Program> offeredBy(UUID partnerId) {
        return list("partnerId = ?1 and status = ?2", Sort.by("createdAt").and("id"), partnerId,
                ProgramStatus.OFFERED);
    }

    /** Up to {@code limit} programs matching {@code filter} after {@code after}, by creation time then id. */
    public List<Program> page(ProgramFilter filter, CreationKeyset after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.partnerId() != null) {
            where.add("partnerId = :partnerId");
            params.and("partnerId", filter.partnerId());
        }
        if (filter.catalogueCode() != null) {
            where.add("catalogueCode = :code");
            params.and("code", filter.catalogueCode());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (after != null) {
            where.add(CreationKeyset.AFTER);
            params.and("afterCreatedAt", after.createdAt()).and("afterId", after.id());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, Sort.by("createdAt").and("id"), params).page(0, limit).list();
    }
}
