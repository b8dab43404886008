package org.jjjpark.partner.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jjjpark.eventing.outbox.Outbox;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.partner.PartnerDeactivated;
import org.jjjpark.events.partner.PartnerRegistered;
import org.jjjpark.events.partner.PartnerUpdated;
import org.jjjpark.events.partner.ProgramOffered;
import org.jjjpark.events.partner.ProgramUpdated;
import org.jjjpark.events.partner.ProgramWithdrawn;
import org.jjjpark.partner.Partner;
import org.jjjpark.partner.Program;

/**
 * Records partner-service's events in the outbox, inside the caller's transaction. Every event is keyed by
 * the partner id, so a partner's own changes and those of its programs reach consumers in order.
 *
 * <p>Events carry the entity's version after the change; the entity is flushed first so that the version
 * Hibernate increments is the one published.
 */
@ApplicationScoped
public class PartnerEventPublisher {

    private final Outbox outbox;
    private final EntityManager em;

    @Inject
    public PartnerEventPublisher(Outbox outbox, EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    public void registered(Partner p) {
        em.flush();
        outbox.record(EventCatalog.PARTNER_REGISTERED, key(p), p.id.toString(), new PartnerRegistered(p.id,
                p.version, p.type.name(), p.nameZh, p.nameEn, p.identifier, p.regionCode, p.status.name()));
    }

    public void updated(Partner p) {
        em.flush();
        outbox.record(EventCatalog.PARTNER_UPDATED, key(p), p.id.toString(), new PartnerUpdated(p.id,
                p.version, p.type.name(), p.nameZh, p.nameEn, p.identifier, p.regionCode, p.status.name()));
    }

    public void deactivated(Partner p) {
        em.flush();
        outbox.record(EventCatalog.PARTNER_DEACTIVATED, key(p), p.id.toString(),
                new PartnerDeactivated(p.id, p.version));
    }

    public void offered(Program p) {
        em.flush();
        outbox.record(EventCatalog.PROGRAM_OFFERED, p.partnerId.toString(), p.id.toString(), new ProgramOffered(
                p.id, p.partnerId, p.version, p.catalogueCode, p.nameZh, p.nameEn, p.degree.name(),
                p.durationYears, p.campus, p.subjectRequirements.stream().map(Enum::name).toList(),
                p.status.name()));
    }

    public void updated(Program p) {
        em.flush();
        outbox.record(EventCatalog.PROGRAM_UPDATED, p.partnerId.toString(), p.id.toString(), new ProgramUpdated(
                p.id, p.partnerId, p.version, p.catalogueCode, p.nameZh, p.nameEn, p.degree.name(),
                p.durationYears, p.campus, p.subjectRequirements.stream().map(Enum::name).toList(),
                p.status.name()));
    }

    public void withdrawn(Program p) {
        em.flush();
        outbox.record(EventCatalog.PROGRAM_WITHDRAWN, p.partnerId.toString(), p.id.toString(),
                new ProgramWithdrawn(p.id, p.partnerId, p.version));
    }

    private static String key(Partner p) {
        return p.id.toString();
    }
}
