package org.jjjpark.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jjjpark.agreement.Agreement;
import org.jjjpark.agreement.AgreementStatus;
import org.jjjpark.http.paging.CreationKeyset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    private static final String WITH_PARTY =
            "id in (select p.agreement.id from AgreementParty p where p.partnerId = :%s)";

    public Optional<Agreement> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /** Loads an agreement and locks its row until the transaction ends, so that changes to it serialise. */
    public Optional<Agreement> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Signed agreements whose effective date has come, and active ones whose end date has passed. */
    public List<UUID> dueOn(LocalDate today, int limit) {
        return getEntityManager().createQuery("""
                        select a.id from Agreement a
                        where (a.status = :signed and a.effectiveFrom <= :today)
                           or (a.status = :active and a.effectiveTo < :today)
                        order by a.effectiveFrom, a.id""", UUID.class)
                .setParameter("signed", AgreementStatus.SIGNED).setParameter("active", AgreementStatus.ACTIVE)
                .setParameter("today", today)
                .setMaxResults(limit).getResultList();
    }

    /** Up to {@code limit} agreements matching {@code filter} after {@code after}, by creation time then id. */
    public List<Agreement> page(AgreementFilter filter, CreationKeyset after, int limit) {
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
        if (filter.reference() != null) {
            where.add("reference = :reference");
            params.and("reference", filter.reference());
        }
        if (filter.partyId() != null) {
            where.add(WITH_PARTY.formatted("party"));
            params.and("party", filter.partyId());
        }
        if (filter.visibleTo() != null) {
            where.add(WITH_PARTY.formatted("visibleTo"));
            params.and("visibleTo", filter.visibleTo());
        }
        if (filter.regionCode() != null) {
            where.add("id in (select p.agreement.id from AgreementParty p, ReplicatedPartner r "
                    + "where r.partnerId = p.partnerId and r.regionCode like :region)");
            params.and("region", regionPrefix(filter.regionCode()) + "%");
        }
        if (filter.year() != null) {
            where.add("effectiveFrom <= :yearEnd and effectiveTo >= :yearStart");
            params.and("yearStart", LocalDate.of(filter.year(), 1, 1)).and("yearEnd", LocalDate.of(filter.year(), 12, 31));
        }
        if (after != null) {
            where.add(CreationKeyset.AFTER);
            params.and("afterCreatedAt", after.createdAt()).and("afterId", after.id());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, Sort.by("createdAt").and("id"), params).page(0, limit).list();
    }

    /**
     * The code prefix shared by a region and everything inside it (GB/T 2260 pads with zeros): 130000 → 13,
     * 131000 → 1310, 131022 → 131022.
     */
    static String regionPrefix(String regionCode) {
        return regionCode.replaceFirst("(00)+$", "");
    }
}
