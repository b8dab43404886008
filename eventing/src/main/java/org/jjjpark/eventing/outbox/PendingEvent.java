package org.jjjpark.eventing.outbox;

import java.util.UUID;

/** An outbox row selected for publishing: everything the producer needs, nothing the database tracks. */
record PendingEvent(UUID id, String topic, String key, String eventType, String payload, String traceparent) {
}
