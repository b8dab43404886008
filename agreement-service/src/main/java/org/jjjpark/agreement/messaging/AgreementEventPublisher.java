package org.jjjpark.agreement.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jjjpark.agreement.Agreement;
import org.jjjpark.agreement.AgreementParty;
import org.jjjpark.eventing.outbox.Outbox;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.agreement.AgreementActivated;
import org.jjjpark.events.agreement.AgreementAmended;
import org.jjjpark.events.agreement.AgreementDrafted;
import org.jjjpark.events.agreement.AgreementExpired;
import org.jjjpark.events.agreement.AgreementSigned;
import org.jjjpark.events.agreement.AgreementTerminated;
import org.jjjpark.events.agreement.SeatAllocation;

import java.util.List;

/**
 * Records agreement-service's events in the outbox, inside the caller's transaction, keyed by the agreement id
 * so that one agreement's events reach consumers in the order they happened.
 *
 * <p>Events carry the agreement's version after the change; the entity is flushed first so that the version
 * Hibernate increments is the one published.
 */
@ApplicationScoped
public class AgreementEventPublisher {

    private final Outbox outbox;
    private final EntityManager em;

    @Inject
    public AgreementEventPublisher(Outbox outbox, EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    public void drafted(Agreement a) {
        em.flush();
        outbox.record(EventCatalog.AGREEMENT_DRAFTED, key(a), key(a), new AgreementDrafted(a.id, a.version,
                a.reference, a.type.name(), a.title, parties(a), a.effectiveFrom, a.effectiveTo, a.documentSha256,
                a.documentUri));
    }

    public void signed(Agreement a, AgreementParty party) {
        em.flush();
        outbox.record(EventCatalog.AGREEMENT_SIGNED, key(a), key(a), new AgreementSigned(a.id, a.version,
                party.partnerId, party.role.name(), party.signedAt, a.status.name()));
    }

    public void activated(Agreement a) {
        em.flush();
        outbox.record(EventCatalog.AGREEMENT_ACTIVATED, key(a), key(a), new AgreementActivated(a.id, a.version,
                a.type.name(), parties(a), a.effectiveFrom, a.effectiveTo, a.allocationVersion, allocations(a)));
    }

    public void amended(Agreement a) {
        em.flush();
        outbox.record(EventCatalog.AGREEMENT_AMENDED, key(a), key(a),
                new AgreementAmended(a.id, a.version, a.allocationVersion, allocations(a)));
    }

    public void terminated(Agreement a) {
        em.flush();
        outbox.record(EventCatalog.AGREEMENT_TERMINATED, key(a), key(a),
                new AgreementTerminated(a.id, a.version, a.terminatedAt));
    }

    public void expired(Agreement a) {
        em.flush();
        outbox.record(EventCatalog.AGREEMENT_EXPIRED, key(a), key(a),
                new AgreementExpired(a.id, a.version, a.effectiveTo));
    }

    private static List<org.jjjpark.events.agreement.AgreementParty> parties(Agreement a) {
        return a.parties.stream()
                .map(p -> new org.jjjpark.events.agreement.AgreementParty(p.partnerId, p.role.name())).toList();
    }

    private static List<SeatAllocation> allocations(Agreement a) {
        return a.allocations().stream().map(s -> new SeatAllocation(s.programId(), s.intakeYear(), s.planProvince(),
                s.sourceProvince(), s.planType().name(), s.seats())).toList();
    }

    private static String key(Agreement a) {
        return a.id.toString();
    }
}
