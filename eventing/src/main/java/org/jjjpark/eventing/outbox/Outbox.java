package org.jjjpark.eventing.outbox;

import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jjjpark.eventing.jdbc.CopyRows;
import org.jjjpark.eventing.tracing.TraceParent;
import org.jjjpark.eventing.transaction.AfterCommit;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.EventType;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Records an event in the caller's transaction. The event exists if and only if the business change commits;
 * the {@link OutboxRelay} publishes it afterwards, so a Kafka outage never fails a request.
 */
@ApplicationScoped
public class Outbox {

    private final String source;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final OpenTelemetry telemetry;

    @Inject
    public Outbox(@ConfigProperty(name = "quarkus.application.name") String source,
                  TransactionSynchronizationRegistry transactions, OutboxRelay relay, OpenTelemetry telemetry) {
        this.source = source;
        this.transactions = transactions;
        this.relay = relay;
        this.telemetry = telemetry;
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
        // The relay publishes from a scheduler thread: keep the request's trace so consumers continue it.
        row.traceparent = TraceParent.of(Context.current(), telemetry.getPropagators().getTextMapPropagator());
        row.persist();
        nudgeRelayAfterCommit();
        return id;
    }

    /**
     * Records the events {@code events} gives its recorder, as {@link #record} would, but with one COPY instead
     * of one INSERT each: for bulk changes such as an admission round's decisions. Entities pending in the
     * persistence context are flushed first, so the events follow everything recorded before in seq order.
     *
     * @return the number of events recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long recordAll(Consumer<EventRecorder> events) {
        String traceparent = TraceParent.of(Context.current(), telemetry.getPropagators().getTextMapPropagator());
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush();
        long recorded = session.doReturningWork(connection -> {
            try (CopyRows rows = CopyRows.into(connection,
                    "outbox_event (id, topic, message_key, event_type, payload, traceparent)")) {
                events.accept(new EventRecorder() {
                    @Override
                    public <T> void record(EventType<T> type, String key, String subject, T payload) {
                        UUID id = UUID.randomUUID();
                        rows.row(id, type.topic(), key, type.name(),
                                EventCodec.toJson(EventCodec.envelope(id, source, type, subject, payload)), traceparent);
                    }
                });
                return rows.rows();
            }
        });
        if (recorded > 0) {
            nudgeRelayAfterCommit();
        }
        return recorded;
    }

    /** Publishes right after the commit instead of waiting for the relay's next scheduled run. */
    private void nudgeRelayAfterCommit() {
        if (transactions.getResource(NUDGE_REGISTERED) == null) {
            transactions.putResource(NUDGE_REGISTERED, Boolean.TRUE);
            AfterCommit.run(transactions, relay::nudge);
        }
    }

    private static final Object NUDGE_REGISTERED = Outbox.class.getName() + ".nudge";
}
