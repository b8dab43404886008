package org.jjjpark.faults;

import java.util.UUID;

/**
 * One entry of the client-side history: what was sent, when, in which phase of the scenario, and what came
 * back. {@code status} is -1 when no response arrived (timeout, connection refused): the outcome is unknown.
 *
 * @param kind            {@link Kind}
 * @param applicationId   the id in the response body, if any
 * @param problemCode     the {@code code} of a problem+json response, if any
 * @param latencyMicros   from the moment the request was due (open loop), not from when it left
 */
record Request(long seq, Kind kind, UUID candidateId, String idempotencyKey, String phase, long dueAtEpochMillis,
               long latencyMicros, int status, String contentType, UUID applicationId, long version,
               String problemCode) {

    enum Kind {
        /** A first submission of a new list. */
        SUBMIT,
        /** The same submission again, same key and body, after the first answered (a client retry). */
        RETRY,
        /** The same submission again while the first is still in flight. */
        CONCURRENT_RETRY,
        /** A change of an acknowledged application with {@code If-Match}: a second version of the aggregate. */
        UPDATE
    }

    boolean acknowledged() {
        return status >= 200 && status < 300;
    }

    boolean answered() {
        return status > 0;
    }
}
