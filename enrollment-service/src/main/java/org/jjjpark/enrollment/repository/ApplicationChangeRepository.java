package org.jjjpark.enrollment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.jjjpark.enrollment.ApplicationChange;
import org.jjjpark.enrollment.ApplicationDeletion;

import java.util.List;
import java.util.Optional;

/**
 * Reads the two change feeds: applications and their tombstones in a range of change versions, optionally of one
 * source province, in version order (indexes {@code application_change_feed*}, {@code application_deletion_feed*}).
 */
@ApplicationScoped
public class ApplicationChangeRepository {

    private final EntityManager em;

    @Inject
    public ApplicationChangeRepository(EntityManager em) {
        this.em = em;
    }

    /** @param province empty for every province */
    public List<ApplicationChange> changes(long min, long max, Optional<String> province, int rows) {
        return range(em.createQuery("""
                select new org.jjjpark.enrollment.ApplicationChange(a.changeVersion, a.id, a.intakeYear,
                    a.sourceProvince, a.batch, c.examNumber, a.createdAt, a.status, a.choices, a.updatedAt)
                from Application a join Candidate c on c.id = a.candidateId
                where a.changeVersion between :min and :max""" + inProvince("a", province)
                + " order by a.changeVersion", ApplicationChange.class), min, max, province, rows);
    }

    /** @param province empty for every province */
    public List<ApplicationDeletion> deletions(long min, long max, Optional<String> province, int rows) {
        return range(em.createQuery("""
                from ApplicationDeletion d
                where d.changeVersion between :min and :max""" + inProvince("d", province)
                + " order by d.changeVersion", ApplicationDeletion.class), min, max, province, rows);
    }

    private static String inProvince(String alias, Optional<String> province) {
        // Two query texts rather than "(:province is null or ...)", which keeps the planner off the index.
        return province.isPresent() ? " and " + alias + ".sourceProvince = :province" : "";
    }

    private static <T> List<T> range(TypedQuery<T> query, long min, long max, Optional<String> province, int rows) {
        query.setParameter("min", min).setParameter("max", max).setMaxResults(rows);
        province.ifPresent(p -> query.setParameter("province", p));
        return query.getResultList();
    }
}
