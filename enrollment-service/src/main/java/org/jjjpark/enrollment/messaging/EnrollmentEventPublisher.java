package org.jjjpark.enrollment.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jjjpark.enrollment.Candidate;
import org.jjjpark.enrollment.service.IdentityProtection;
import org.jjjpark.eventing.outbox.Outbox;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.enrollment.CandidateRegistered;

/**
 * Records enrollment-service's events in the outbox, inside the caller's transaction. Candidates travel keyed by
 * candidate id. Events are pseudonymous: ids and keyed hashes, never a name,
 * exam number or ID number. Callers flush first, so the version published is the one stored.
 */
@ApplicationScoped
public class EnrollmentEventPublisher {

    private final Outbox outbox;
    private final IdentityProtection identity;

    @Inject
    public EnrollmentEventPublisher(Outbox outbox, IdentityProtection identity) {
        this.outbox = outbox;
        this.identity = identity;
    }

    /**
     * A new candidate, or one whose identity numbers were corrected: the gateway matches sign-ups against the
     * hashes, and keeps the newest version.
     *
     * @param idNumber the plain ID number, hashed here and never stored in the event
     */
    public void registered(Candidate c, String idNumber) {
        String id = c.id.toString();
        outbox.record(EventCatalog.CANDIDATE_REGISTERED, id, id, new CandidateRegistered(c.id, c.version,
                c.provinceCode, c.examYear, identity.examNumberHash(c.examNumber), identity.idNumberHash(idNumber)));
    }
}
