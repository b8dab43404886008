package org.jjjpark.testkit.platform;

import org.jjjpark.testkit.KafkaBroker;
import org.jjjpark.testkit.PostgresServer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the services of one running platform are told through their environment, as production tells them:
 * where their database and the broker are, which key signs tokens, and, for the gateway, where each service is.
 *
 * @param identityLookupKey shared by enrollment-service (which hashes identities) and the gateway (which
 *                          matches sign-ups against the hashes)
 * @param piiEncryptionKey  base64 AES key with which enrollment-service encrypts ID numbers; it must stay the
 *                          same as long as the database does, or stored numbers become unreadable
 */
public record PlatformEnvironment(PostgresServer postgres, KafkaBroker kafka, GatewaySigningKey signingKey,
                                  String identityLookupKey, String piiEncryptionKey) {

    /** A random key for {@link #piiEncryptionKey}, for a platform whose data lives as long as it runs. */
    public static String newPiiEncryptionKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /**
     * The environment of {@code service}; a gateway also learns the URL of every service in {@code upstreams}.
     * Services listen on loopback only.
     */
    public Map<String, String> of(PlatformService service, List<PlatformService> upstreams) {
        Map<String, String> env = new HashMap<>(signingKey.serviceEnvironment());
        env.put("IDENTITY_LOOKUP_KEY", identityLookupKey);
        env.put("ENROLLMENT_PII_ENCRYPTION_KEY", piiEncryptionKey);
        if (service.isGateway()) {
            env.putAll(signingKey.gatewayEnvironment());
            for (PlatformService upstream : upstreams) {
                if (!upstream.isGateway()) {
                    env.put(upstream.urlVariable(), upstream.baseUrl());
                }
            }
        }
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", service.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", service.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        return env;
    }
}
