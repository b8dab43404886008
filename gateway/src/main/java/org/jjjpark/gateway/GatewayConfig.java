package org.jjjpark.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's own settings ({@code gateway.*}); every one can be overridden by environment variable. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Upstream services by name, each with its base URL and the path prefixes it serves. */
    Map<String, Route> routes();

    Upstream upstream();

    Jwt jwt();

    RateLimit rateLimit();

    Identity identity();

    Bootstrap bootstrap();

    /** Largest request body forwarded to a service; larger ones get 413. */
    @WithDefault("1048576")
    long maxBodyBytes();

    interface Route {
        /** Base URL of the service, e.g. {@code http://localhost:8081}. */
        String url();

        /** Whole-segment path prefixes routed to it, e.g. {@code /api/v1/partners}. */
        List<String> prefixes();
    }

    interface Upstream {
        @WithDefault("2s")
        Duration connectTimeout();

        /** How long a service may take to answer before the client gets 504. */
        @WithDefault("10s")
        Duration responseTimeout();

        @WithDefault("64")
        int poolSize();
    }

    interface Jwt {
        /** {@code iss} of issued tokens; services check it ({@code mp.jwt.verify.issuer}). */
        @WithDefault("https://gateway.jjjpark.local")
        String issuer();

        @WithDefault("jjjpark-api")
        String audience();

        @WithDefault("15m")
        Duration lifetime();

        /**
         * PKCS#8 PEM file with the RSA signing key. Without one a key is generated at start: fine for one
         * instance in development, but tokens then die with the process and instances disagree.
         */
        Optional<String> keyLocation();
    }

    interface RateLimit {
        /** Sustained requests per minute per client (token subject, or address when anonymous). */
        @WithDefault("600")
        int requestsPerMinute();

        /** Requests a client may send at once before the sustained rate applies. */
        @WithDefault("100")
        int burst();

        /** Sign-in, sign-up and token requests per minute per address: slows password guessing. */
        @WithDefault("20")
        int authAttemptsPerMinute();
    }

    interface Identity {
        /**
         * HMAC key for the identity hashes in CandidateRegistered; the same value as enrollment-service's.
         * No default: a guessable key would make the hashes reversible.
         */
        String lookupKey();

        /** bcrypt cost for applicant passwords and client secrets. */
        @WithDefault("10")
        int bcryptCost();
    }

    interface Bootstrap {
        /** Creates this operator client at start when no operator client exists yet. */
        Optional<String> operatorClientId();

        Optional<String> operatorClientSecret();
    }
}
