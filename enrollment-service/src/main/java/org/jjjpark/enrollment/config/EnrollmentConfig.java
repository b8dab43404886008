package org.jjjpark.enrollment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** enrollment-service's own settings ({@code enrollment.*} in application.properties). */
@ConfigMapping(prefix = "enrollment")
public interface EnrollmentConfig {

    Pii pii();

    Identity identity();

    Changes changes();

    interface Pii {
        /** Base64 of the 32-byte AES-256-GCM key that encrypts ID numbers at rest. */
        String encryptionKey();
    }

    interface Identity {
        /** HMAC key for identity hashes; the gateway holds the same one ({@code IDENTITY_LOOKUP_KEY}). */
        String lookupKey();
    }

    interface Changes {
        /**
         * How long a request for the newest change version waits for the transactions writing right now to end,
         * before it answers with the newest version already proven safe.
         */
        @WithDefault("1s")
        Duration settleTimeout();
    }
}
