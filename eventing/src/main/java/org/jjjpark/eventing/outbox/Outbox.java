package org.jjjpark.eventing.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.EventType;

import java.util.UUID;

/**
 * Records an event in the caller's transaction. The event exists if and only if the business change commits;
 * the {@link OutboxRelay} publishes it afterwards, so a Kafka outage never fails a request.
 */
@ApplicationScoped
public class Outbox {

    private final String source;

    @Inject
    public Outbox(@ConfigProperty(name = "quarkus.application.name") String source) {
        this.source = source;
    }

    /**
     * @param key     Kafka key: events with the same key are published in the order they were recorded
     * @param subject id of the entity the event is about (often the key itself)
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID record(EventType<T> type, String key, String subject, T payload) {
        UUID id = UUID.randomUUID();
        EventEnvelope envelope = EventCodec.envelope(id, source, type, subject, payload);
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.topic = type.topic();
        row.messageKey = key;
        row.eventType = type.name();
        row.payload = EventCodec.toJson(envelope);
        row.persist();
        return id;
    }
}
