package org.jjjpark.enrollment.config;

import io.smallrye.config.ConfigMapping;

/** enrollment-service's own settings ({@code enrollment.*} in application.properties). */
@ConfigMapping(prefix = "enrollment")
public interface EnrollmentConfig {

    Pii pii();

    Identity identity();

    interface Pii {
        /** Base64 of the 32-byte AES-256-GCM key that encrypts ID numbers at rest. */
        String encryptionKey();
    }

    interface Identity {
        /** HMAC key for identity hashes; the gateway holds the same one ({@code IDENTITY_LOOKUP_KEY}). */
        String lookupKey();
    }
}
