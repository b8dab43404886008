package org.jjjpark.testkit.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One service of the platform as production runs it: its Maven module, the HTTP port it listens on and its own
 * database, with a role of the same name.
 *
 * <p>Role and password equal the database name: the servers that run services this way (the devstack, the
 * system tests) listen on loopback only.
 */
public record PlatformService(String module, int port, String database) {

    public static final PlatformService PARTNER = new PlatformService("partner-service", 8081, "partner");
    public static final PlatformService AGREEMENT = new PlatformService("agreement-service", 8082, "agreement");
    public static final PlatformService ENROLLMENT = new PlatformService("enrollment-service", 8083, "enrollment");
    public static final PlatformService GATEWAY = new PlatformService("gateway", 8080, "gateway");

    /** Every service on its default port (ARCHITECTURE §8), in start order; a new service is one more entry. */
    public static final List<PlatformService> ALL = List.of(PARTNER, AGREEMENT, ENROLLMENT, GATEWAY);

    /** The same service listening on another port. */
    public PlatformService onPort(int otherPort) {
        return new PlatformService(module, otherPort, database);
    }

    public boolean isGateway() {
        return module.equals(GATEWAY.module);
    }

    public String user() {
        return database;
    }

    public String password() {
        return database;
    }

    /** Built by the {@code package} phase of the module. */
    public Path runnerJar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * The variable that tells the gateway where this service is, e.g. {@code PARTNER_SERVICE_URL} (see the
     * gateway's {@code gateway.routes.<module>.url}).
     */
    public String urlVariable() {
        return module.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }
}
