package org.jjjpark.eventing;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jjjpark.eventing.inbox.Inbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sample application's consumer: applies each partner event once by recording it. A test may make it fail
 * on the events of one subject a given number of times first, as a database that is away would.
 */
@ApplicationScoped
public class SampleConsumer {

    static final String NAME = "eventing-test";

    /** Failures still to inject, by event subject. */
    static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    @Incoming("partner-events")
    @Blocking
    public void onPartnerEvent(String message) {
        inbox.receive(NAME, message, envelope -> {
            em.createNativeQuery(
                            "insert into applied_event (event_id, subject, event_type) values (:id, :subject, :type)")
                    .setParameter("id", envelope.id())
                    .setParameter("subject", envelope.subject())
                    .setParameter("type", envelope.type())
                    .executeUpdate();
            // After the write, so that a failed attempt is seen to roll it back.
            AtomicInteger failures = FAILURES.get(envelope.subject());
            if (failures != null && failures.getAndDecrement() > 0) {
                throw new IllegalStateException("injected failure of " + envelope.subject());
            }
        });
    }
}
