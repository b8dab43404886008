package org.jjjpark.eventing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Database look-ups the tests assert on. */
@ApplicationScoped
public class EventingTestSupport {

    @Inject
    EntityManager em;

    @Transactional
    public long outboxRowsWithKey(String key) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where message_key = :key")
                .setParameter("key", key).getSingleResult()).longValue();
    }

    @Transactional
    public long sampleChangesOf(UUID partnerId) {
        return SampleChange.count("partnerId", partnerId);
    }

    @Transactional
    public long applications(UUID eventId) {
        return ((Number) em.createNativeQuery("select count(*) from applied_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue();
    }
}
