package org.jjjpark.http.paging;


import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Position in a list sorted by creation time, then id: the order most lists use, stable under inserts.
 * Timestamps must be stored at microsecond precision (PostgreSQL's) for the comparison to be exact.
 */
public record CreationKeyset(OffsetDateTime createdAt, UUID id) {

    /** The JPQL condition selecting rows after this position; binds {@code :afterCreatedAt} and {@code :afterId}. */
    public static final String AFTER = "(createdAt > :afterCreatedAt or (createdAt = :afterCreatedAt and id > :afterId))";

    /** The current time at the precision PostgreSQL stores, so a keyset built from an entity matches its row. */
    public static OffsetDateTime currentTimestamp() {
        return currentTimestamp(Clock.systemUTC());
    }

    /** {@link #currentTimestamp()} as {@code clock} tells the time, for services whose tests move time. */
    public static OffsetDateTime currentTimestamp(Clock clock) {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public String encode() {
        return Cursor.encode(createdAt.toString(), id.toString());
    }

    public static CreationKeyset decode(String cursor) {
        List<String> parts = Cursor.decode(cursor, 2);
        try {
            return new CreationKeyset(OffsetDateTime.parse(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw Cursor.invalid();
        }
    }
}
