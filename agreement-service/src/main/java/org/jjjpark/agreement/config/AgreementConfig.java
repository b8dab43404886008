package org.jjjpark.agreement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** agreement-service's own settings ({@code agreement.*}). */
@ConfigMapping(prefix = "agreement")
public interface AgreementConfig {

    /** Time zone of the park's calendar: an agreement effective from a date takes effect at its start there. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    Lifecycle lifecycle();

    interface Lifecycle {
        /**
         * How often signed and active agreements are checked against the calendar (read by the scheduler,
         * hence a string).
         */
        @WithDefault("1m")
        String checkInterval();
    }
}
