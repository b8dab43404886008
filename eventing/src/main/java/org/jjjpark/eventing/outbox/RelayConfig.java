package org.jjjpark.eventing.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the outbox relay ({@code eventing.relay.*}). */
@ConfigMapping(prefix = "eventing.relay")
public interface RelayConfig {

    /**
     * How often the relay looks for rows that no commit nudged it about (read by the scheduler, hence a
     * string; the scheduler's resolution is one second).
     */
    @WithDefault("1s")
    String interval();

    /** Delay of the first run after start, so that it does not race the messaging start-up (SRMSG00019). */
    @WithDefault("2s")
    String initialDelay();

    /** Most events sent in one wave; a wave holds at most one event per message key. */
    @WithDefault("500")
    int batchSize();

    /** Waves per scheduled run before yielding to the next run. */
    @WithDefault("50")
    int maxWavesPerRun();

    /** How long the producer may try to deliver one event before reporting failure; it is retried later. */
    @WithDefault("10s")
    Duration deliveryTimeout();

    /** Relayed rows are kept this long for inspection, then deleted. */
    @WithDefault("7d")
    Duration retention();
}
