package org.jjjpark.eventing.outbox;

import org.jjjpark.events.EventType;

/** Takes the events of one {@link Outbox#recordAll} call, in the order they are to be published per key. */
@FunctionalInterface
public interface EventRecorder {

    /** @see Outbox#record */
    <T> void record(EventType<T> type, String key, String subject, T payload);
}
