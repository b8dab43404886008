package org.jjjpark.agreement.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jjjpark.agreement.ActiveOrderClass;
import org.jjjpark.agreement.AgreementCount;
import org.jjjpark.agreement.AgreementStatus;
import org.jjjpark.agreement.AgreementType;
import org.jjjpark.agreement.PartyRole;
import org.jjjpark.agreement.SeatTotal;

import java.util.List;

/** The aggregate queries behind the commissions' summary; each one statement, computed by PostgreSQL. */
@ApplicationScoped
public class AgreementStatistics {

    /** Seats of the allocation version in force of agreement {@code a}. */
    private static final String SEATS_IN_FORCE = """
            (select coalesce(sum(s.seats), 0) from AllocationVersion v join v.allocations s
             where v.agreement = a and v.number = a.allocationVersion)""";

    private final EntityManager em;

    @Inject
    public AgreementStatistics(EntityManager em) {
        this.em = em;
    }

    public List<AgreementCount> countsByTypeAndStatus() {
        return em.createQuery("""
                        select new org.jjjpark.agreement.AgreementCount(a.type, a.status, count(a))
                        from Agreement a group by a.type, a.status order by a.type, a.status""", AgreementCount.class)
                .getResultList();
    }

    /** @param intakeYear only seats of this intake year, or {@code null} for all years */
    public List<SeatTotal> seatsInForce(Integer intakeYear) {
        var query = em.createQuery("""
                        select new org.jjjpark.agreement.SeatTotal(s.programId, p.catalogueCode, p.nameZh, p.nameEn,
                            p.partnerId, s.intakeYear, s.sourceProvince, s.planType, sum(s.seats))
                        from AllocationVersion v join v.allocations s join v.agreement a
                            left join ReplicatedProgram p on p.programId = s.programId
                        where a.status = :active and v.number = a.allocationVersion %s
                        group by s.programId, p.catalogueCode, p.nameZh, p.nameEn, p.partnerId, s.intakeYear,
                            s.sourceProvince, s.planType
                        order by p.catalogueCode, s.programId, s.intakeYear, s.sourceProvince, s.planType"""
                        .formatted(intakeYear == null ? "" : "and s.intakeYear = :year"), SeatTotal.class)
                .setParameter("active", AgreementStatus.ACTIVE);
        if (intakeYear != null) {
            query.setParameter("year", intakeYear);
        }
        return query.getResultList();
    }

    public List<ActiveOrderClass> activeOrderClasses() {
        return em.createQuery("""
                        select new org.jjjpark.agreement.ActiveOrderClass(a.id, a.reference, a.title, sponsor.partnerId,
                            r.nameZh, r.nameEn, a.effectiveFrom, a.effectiveTo, %s)
                        from Agreement a join a.parties sponsor
                            left join ReplicatedPartner r on r.partnerId = sponsor.partnerId
                        where a.type = :orderClass and a.status = :active and sponsor.role = :sponsor
                        order by a.effectiveFrom, a.reference""".formatted(SEATS_IN_FORCE), ActiveOrderClass.class)
                .setParameter("orderClass", AgreementType.ORDER_CLASS).setParameter("active", AgreementStatus.ACTIVE)
                .setParameter("sponsor", PartyRole.SPONSOR)
                .getResultList();
    }
}
