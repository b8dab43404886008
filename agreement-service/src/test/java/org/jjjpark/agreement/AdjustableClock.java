package org.jjjpark.agreement;

import io.quarkus.test.Mock;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Replaces the park's clock in tests: it runs like the real one until a test moves it to another day, so the
 * scheduler's activations and expiries can be watched without waiting for the calendar. Tests that move it
 * put it back with {@link #reset()}.
 */
@Mock
@Singleton
public class AdjustableClock extends Clock {

    static final ZoneId PARK = ZoneId.of("Asia/Shanghai");

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock so that it is now the same time of day as really, on {@code day}. */
    public void moveTo(LocalDate day) {
        offset = Duration.ofDays(day.toEpochDay() - LocalDate.now(PARK).toEpochDay());
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return PARK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
