package org.jjjpark.agreement.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock every date decision reads ("is the effective date reached?"), in the park's time zone. Injected
 * rather than called statically so that tests can move time instead of waiting for it.
 */
@Singleton
public class ParkClock {

    @Produces
    @Singleton
    Clock clock(AgreementConfig config) {
        return Clock.system(config.zone());
    }
}
