package org.jjjpark.eventing;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jjjpark.eventing.inbox.Inbox;

/** The sample application's consumer: applies each partner event once by recording it. */
@ApplicationScoped
public class SampleConsumer {

    static final String NAME = "eventing-test";

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    @Incoming("partner-events")
    @Blocking
    @Transactional
    public void onPartnerEvent(String message) {
        inbox.receive(NAME, message, envelope -> em.createNativeQuery(
                        "insert into applied_event (event_id, subject, event_type) values (:id, :subject, :type)")
                .setParameter("id", envelope.id())
                .setParameter("subject", envelope.subject())
                .setParameter("type", envelope.type())
                .executeUpdate());
    }
}
