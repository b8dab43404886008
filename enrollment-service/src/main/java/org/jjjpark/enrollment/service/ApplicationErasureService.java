package org.jjjpark.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jjjpark.enrollment.Application;
import org.jjjpark.enrollment.EnrollmentProblems;
import org.jjjpark.enrollment.messaging.EnrollmentEventPublisher;
import org.jjjpark.enrollment.repository.ApplicationRepository;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.http.problem.ApiException;

import java.util.UUID;

/**
 * Erases applications for good, at an operator's request: a data subject's deletion request (PIPL art. 47) or
 * the purge after the retention period. The database records the tombstone the deletes feed serves.
 */
@ApplicationScoped
public class ApplicationErasureService {

    private final ApplicationRepository applications;
    private final EnrollmentEventPublisher events;
    private final EntityManager em;

    @Inject
    public ApplicationErasureService(ApplicationRepository applications, EnrollmentEventPublisher events,
                                     EntityManager em) {
        this.applications = applications;
        this.events = events;
        this.em = em;
    }

    /** Removes the application, its status history and admission decisions, and publishes ApplicationDeleted, in one transaction. */
    @Transactional
    public void erase(UUID id) {
        Application application = applications.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(
                EnrollmentProblems.APPLICATION_NOT_FOUND, "no application " + id));
        em.createQuery("delete from ApplicationStatusChange where applicationId = :id")
                .setParameter("id", id).executeUpdate();
        // An admission decision and its trace are the applicant's personal data too.
        em.createQuery("delete from AdmissionDecision where applicationId = :id")
                .setParameter("id", id).executeUpdate();
        // Deleted against the version read: a change the applicant commits meanwhile makes this a 409, not lost.
        applications.delete(application);
        em.flush();
        events.deleted(application, CreationKeyset.currentTimestamp());
    }
}
