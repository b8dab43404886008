package org.jjjpark.eventing.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.InvalidEventException;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Makes a consumer idempotent: an event's id is recorded in the same transaction as its effect, and an id seen
 * before is skipped. Publication is at least once, so redeliveries are normal, not errors.
 *
 * <p>Each attempt to apply an event is a transaction of its own. A failed attempt is retried with growing pauses
 * ({@link InboxConfig}): a database that restarts or a pool that is briefly exhausted delays the event, it does
 * not send a valid event to the dead-letter topic. A message that cannot be decoded, or whose payload breaks its
 * contract, is not retried: it can never succeed.
 *
 * <p>A consumer method looks like this (see the module's tests); it has no transaction of its own:
 * <pre>{@code
 * @Incoming("partner-events") @Blocking
 * public void onPartnerEvent(String message) {
 *     inbox.receive("agreement-service", message, envelope -> ...apply it...);
 * }
 * }</pre>
 * What {@code receive} finally throws goes, with the channel's {@code failure-strategy=dead-letter-queue}, to
 * {@code <topic>.dlq} with the reason in its headers.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager em;
    private final InboxConfig config;
    private final Counter duplicates;
    private final Counter retries;

    @Inject
    public Inbox(EntityManager em, InboxConfig config, MeterRegistry meters) {
        this.em = em;
        this.config = config;
        this.duplicates = meters.counter("eventing.inbox.duplicates");
        this.retries = meters.counter("eventing.inbox.retries");
    }

    /**
     * Decodes a message and hands it to {@code handler} unless {@code consumer} has applied it before, in a new
     * transaction, retried as the class describes.
     *
     * @throws InvalidEventException at once when the message is poison
     * @throws RuntimeException      what the last attempt failed with, once every attempt failed
     */
    public void receive(String consumer, String message, Consumer<EventEnvelope> handler) {
        EventEnvelope envelope = EventCodec.decode(message);
        Duration delay = config.firstDelay();
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(consumer, envelope, handler));
                return;
            } catch (RuntimeException e) {
                if (contractBroken(e) || attempt >= config.attempts()) {
                    throw e;
                }
                retries.increment();
                LOG.warnf("%s could not apply event %s (%s), attempt %d of %d; retrying in %d ms: %s", consumer,
                        envelope.id(), envelope.type(), attempt, config.attempts(), delay.toMillis(), rootMessage(e));
                pause(delay);
                delay = min(delay.multipliedBy(2), config.maxDelay());
            }
        }
    }

    private void applyOnce(String consumer, EventEnvelope envelope, Consumer<EventEnvelope> handler) {
        if (firstDelivery(consumer, envelope.id(), envelope.type())) {
            handler.accept(envelope);
        } else {
            duplicates.increment();
            LOG.debugf("%s skipped redelivered event %s (%s)", consumer, envelope.id(), envelope.type());
        }
    }

    /** Records the event id; {@code false} if it was recorded already (by this or an earlier transaction). */
    private boolean firstDelivery(String consumer, UUID eventId, String eventType) {
        return em.createNativeQuery("""
                        insert into inbox_event (consumer, event_id, event_type) values (:consumer, :id, :type)
                        on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .setParameter("type", eventType)
                .executeUpdate() == 1;
    }

    private static boolean contractBroken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidEventException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry an event", e);
        }
    }
}
