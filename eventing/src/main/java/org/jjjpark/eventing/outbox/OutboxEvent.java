package org.jjjpark.eventing.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event waiting in the outbox (or already relayed, until the retention period removes it). */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Also the event's CloudEvents id, so consumers can dedupe redeliveries. */
    @Id
    public UUID id;

    @Column(nullable = false)
    public String topic;

    /** Kafka key: the aggregate whose events must stay in order. */
    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The whole CloudEvents envelope as JSON, exactly as it goes on the topic. */
    @Column(nullable = false)
    public String payload;

    /** W3C trace context of the request that recorded the event; null when none was traced. */
    public String traceparent;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at", insertable = false, updatable = false)
    public OffsetDateTime publishedAt;
}
