package org.jjjpark.enrollment;

import java.time.OffsetDateTime;

/** The period in which applicants fill and change their lists: opens inclusive, closes exclusive. */
public record FillingWindow(OffsetDateTime opensAt, OffsetDateTime closesAt) {

    public enum Position { BEFORE, OPEN, CLOSED }

    public Position positionOf(OffsetDateTime instant) {
        if (instant.isBefore(opensAt)) {
            return Position.BEFORE;
        }
        return instant.isBefore(closesAt) ? Position.OPEN : Position.CLOSED;
    }
}
