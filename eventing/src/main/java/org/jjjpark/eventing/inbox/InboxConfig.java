package org.jjjpark.eventing.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How a consumer retries an event whose handler failed ({@code eventing.inbox.*}). The defaults wait about a
 * minute in all, longer than a database restart or failover takes, before the event goes to the dead-letter topic.
 */
@ConfigMapping(prefix = "eventing.inbox")
public interface InboxConfig {

    /** Attempts in all, the first included. */
    @WithDefault("10")
    int attempts();

    /** Wait after the first failure; it doubles after each further one. */
    @WithDefault("500ms")
    Duration firstDelay();

    /** The longest wait between two attempts. */
    @WithDefault("8s")
    Duration maxDelay();
}
