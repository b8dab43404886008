package org.jjjpark.eventing.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Makes a consumer idempotent: an event's id is recorded in the same transaction as its effect, and an id seen
 * before is skipped. Publication is at least once, so redeliveries are normal, not errors.
 *
 * <p>A consumer method looks like this (see the module's tests):
 * <pre>{@code
 * @Incoming("partner-events") @Blocking @Transactional
 * public void onPartnerEvent(String message) {
 *     inbox.receive("agreement-service", message, envelope -> ...apply it...);
 * }
 * }</pre>
 * A message that cannot be decoded throws {@link org.jjjpark.events.InvalidEventException}; with the channel's
 * {@code failure-strategy=dead-letter-queue} it goes to {@code <topic>.dlq} with the reason in its headers.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager em;
    private final Counter duplicates;

    @Inject
    public Inbox(EntityManager em, MeterRegistry meters) {
        this.em = em;
        this.duplicates = meters.counter("eventing.inbox.duplicates");
    }

    /** Decodes a message and hands it to {@code handler} unless {@code consumer} has applied it before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(String consumer, String message, Consumer<EventEnvelope> handler) {
        EventEnvelope envelope = EventCodec.decode(message);
        if (firstDelivery(consumer, envelope.id(), envelope.type())) {
            handler.accept(envelope);
        } else {
            duplicates.increment();
            LOG.debugf("%s skipped redelivered event %s (%s)", consumer, envelope.id(), envelope.type());
        }
    }

    /** Records the event id; {@code false} if it was recorded already (by this or an earlier transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId, String eventType) {
        return em.createNativeQuery("""
                        insert into inbox_event (consumer, event_id, event_type) values (:consumer, :id, :type)
                        on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .setParameter("type", eventType)
                .executeUpdate() == 1;
    }
}
