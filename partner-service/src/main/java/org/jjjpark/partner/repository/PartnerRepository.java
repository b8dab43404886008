package org.jjjpark.partner.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.partner.Partner;
import org.jjjpark.partner.RegionCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    public Optional<Partner> findByIdentifier(String identifier) {
        return find("identifier", identifier).firstResultOptional();
    }

    /** Up to {@code limit} partners matching {@code filter} after {@code after}, by creation time then id. */
    public List<Partner> page(PartnerFilter filter, CreationKeyset after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.type() != null) {
            where.add("type = :type");
            params.and("type", filter.type());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.regionCode() != null) {
            where.add("regionCode like :region");
            params.and("region", RegionCode.containmentPrefix(filter.regionCode()) + "%");
        }
        if (filter.identifier() != null) {
            where.add("identifier = :identifier");
            params.and("identifier", filter.identifier());
        }
        if (filter.nameContains() != null) {
            where.add("(lower(nameZh) like :name escape '\\' or lower(nameEn) like :name escape '\\')");
            params.and("name", "%" + escapeLike(filter.nameContains().toLowerCase()) + "%");
        }
        if (after != null) {
            where.add(CreationKeyset.AFTER);
            params.and("afterCreatedAt", after.createdAt()).and("afterId", after.id());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, Sort.by("createdAt").and("id"), params).page(0, limit).list();
    }

    /** Escapes LIKE wildcards so that a search for "100%" finds that text, not everything. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
