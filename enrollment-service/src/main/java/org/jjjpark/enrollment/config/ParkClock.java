package org.jjjpark.enrollment.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock of every time decision in this service: whether a filling window is open, when an application was
 * submitted and so on which day the statistics count it. Injected so that tests can move to another day.
 */
@ApplicationScoped
public class ParkClock {

    /** The park's calendar (Beijing time): statistics count days as they are there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
