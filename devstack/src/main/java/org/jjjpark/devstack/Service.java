package org.jjjpark.devstack;

import java.nio.file.Path;
import java.util.List;

/**
 * One platform service as the devstack runs it: its Maven module, HTTP port and own database.
 *
 * <p>Role and password equal the database name: this is local demo data on loopback only.
 */
public record Service(String module, int port, String database) {

    /** Every service, in start order; a new service is one more line here (ports per ARCHITECTURE §8). */
    static final List<Service> ALL = List.of(
            new Service("partner-service", 8081, "partner"),
            new Service("agreement-service", 8082, "agreement"),
            new Service("enrollment-service", 8083, "enrollment"),
            new Service("gateway", 8080, "gateway"));

    public String user() {
        return database;
    }

    public String password() {
        return database;
    }

    public Path runnerJar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
