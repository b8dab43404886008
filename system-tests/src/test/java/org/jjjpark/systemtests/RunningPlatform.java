package org.jjjpark.systemtests;

import org.jjjpark.testkit.FreePorts;
import org.jjjpark.testkit.KafkaBroker;
import org.jjjpark.testkit.PostgresServer;
import org.jjjpark.testkit.platform.GatewaySigningKey;
import org.jjjpark.testkit.platform.PlatformEnvironment;
import org.jjjpark.testkit.platform.PlatformService;
import org.jjjpark.testkit.platform.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The platform as production runs it: PostgreSQL with one database per service, a Kafka broker, and every
 * service and the gateway as child processes from their runner jars, each on a free port (never the
 * devstack's), the services trusting the gateway's signing key. Logs go to
 * {@code system-tests/target/logs/}.
 */
final class RunningPlatform implements AutoCloseable {

    /** The first operator of a new installation, as a deployment provides it. */
    static final String OPERATOR_CLIENT_ID = "system-test-operator";
    static final String OPERATOR_CLIENT_SECRET = "system-test-operator-secret-" + Long.toHexString(System.nanoTime());

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final Path repoRoot = Path.of(System.getProperty("system-tests.repo-root", "..")).toAbsolutePath()
            .normalize();
    private final Path logs = Path.of(System.getProperty("system-tests.logs", "target/logs")).toAbsolutePath();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;

    /** Starts everything; on failure whatever started is stopped again before the exception leaves. */
    static RunningPlatform start() {
        RunningPlatform platform = new RunningPlatform();
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() {
        Instant begin = Instant.now();
        // Side by side: together they take ~4 s instead of ~7 s.
        CompletableFuture<PostgresServer> startingPostgres = CompletableFuture.supplyAsync(PostgresServer::startEphemeral);
        kafka = KafkaBroker.startEphemeral();
        postgres = startingPostgres.join();
        PlatformEnvironment environment = new PlatformEnvironment(postgres, kafka, newSigningKey(),
                "system-test-identity-lookup-key", PlatformEnvironment.newPiiEncryptionKey());

        // Every service gets a free port, so that nothing here ever reaches a developer's devstack.
        List<PlatformService> all = PlatformService.ALL.stream().map(s -> s.onPort(FreePorts.pick())).toList();
        createDirectories(logs);
        // Started from this (the test's) thread, which outlives them: their parent-death signal is tied to it.
        for (PlatformService service : all) {
            postgres.ensureDatabase(service.database(), service.user(), service.password());
            running.put(service.module(), ServiceProcess.start(service, repoRoot,
                    logs.resolve(service.module() + ".log"), environmentOf(service, all, environment)));
        }
        // They boot in parallel; waiting for each in turn costs no more than the slowest.
        running.values().forEach(ServiceProcess::awaitReady);
        System.out.printf("[system-tests] platform up in %d s: %s%n", Duration.between(begin, Instant.now())
                .toSeconds(), String.join(", ", all.stream().map(s -> s.module() + " " + s.baseUrl()).toList()));
    }

    /** A key made for this run only: the gateway signs with it, the services trust it. */
    private GatewaySigningKey newSigningKey() {
        Path dir = logs.resolveSibling("jwt");
        try {
            // loadOrCreate keeps a key it finds; an earlier run's must not be reused.
            Files.deleteIfExists(dir.resolve("private-key.pem"));
            Files.deleteIfExists(dir.resolve("public-key.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the previous run's key in " + dir, e);
        }
        return GatewaySigningKey.loadOrCreate(dir, "https://gateway.system-test.jjjpark.local");
    }

    private static Map<String, String> environmentOf(PlatformService service, List<PlatformService> all,
                                                     PlatformEnvironment environment) {
        Map<String, String> env = new HashMap<>(environment.of(service, all));
        // On two cores shared with other builds, opening a PostgreSQL connection can take longer than the services'
        // 2 s acquisition timeout, and Flyway then fails the start; nothing here tests that timeout.
        env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "20S");
        if (service.isGateway()) {
            env.put("GATEWAY_BOOTSTRAP_OPERATOR_CLIENT_ID", OPERATOR_CLIENT_ID);
            env.put("GATEWAY_BOOTSTRAP_OPERATOR_CLIENT_SECRET", OPERATOR_CLIENT_SECRET);
            // A service's first requests (cold JIT) took over the gateway's 10 s on such a machine; no test here
            // is about that timeout.
            env.put("GATEWAY_UPSTREAM_RESPONSE_TIMEOUT", "60s");
            // The hostile-input run sends thousands of requests as one client from one address; the limits
            // themselves are the gateway's RateLimitTest's subject.
            env.put("GATEWAY_RATE_LIMIT_REQUESTS_PER_MINUTE", "1000000");
            env.put("GATEWAY_RATE_LIMIT_BURST", "100000");
            env.put("GATEWAY_RATE_LIMIT_AUTH_ATTEMPTS_PER_MINUTE", "1000000");
        }
        return env;
    }

    String gatewayUrl() {
        return service(PlatformService.GATEWAY).baseUrl();
    }

    /** A service's own base URL, for what operators reach without the gateway (/q/metrics, /q/health). */
    String baseUrl(PlatformService service) {
        return service(service).baseUrl();
    }

    int gatewayPort() {
        return service(PlatformService.GATEWAY).port();
    }

    /** The log file of a running service: what it printed since it started, restarts appended. */
    Path log(PlatformService service) {
        return process(service).log();
    }

    /** Stops a service (SIGTERM) and waits until its process is gone. */
    void stop(PlatformService service) {
        ServiceProcess process = process(service);
        process.requestStop();
        process.awaitExit(Instant.now().plus(STOP_GRACE));
    }

    /** Starts a stopped service again, as it ran before, and waits until it is ready. */
    void restart(PlatformService service) {
        ServiceProcess restarted = process(service).restart();
        running.put(service.module(), restarted);
        restarted.awaitReady();
    }

    private PlatformService service(PlatformService service) {
        return process(service).service();
    }

    private ServiceProcess process(PlatformService service) {
        ServiceProcess process = running.get(service.module());
        if (process == null) {
            throw new IllegalArgumentException(service.module() + " is not part of the system under test");
        }
        return process;
    }

    /**
     * Services first, all asked at once (SIGTERM, SIGKILL after 15 s), then Kafka, then PostgreSQL, so that no
     * service loses its database or broker while it still runs. Fails if a service process outlives it.
     */
    @Override
    public void close() {
        running.values().forEach(ServiceProcess::requestStop);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        running.values().forEach(process -> process.awaitExit(deadline));
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        List<String> survivors = running.values().stream().filter(ServiceProcess::isAlive)
                .map(p -> p.service().module()).toList();
        if (!survivors.isEmpty()) {
            throw new IllegalStateException("still running after the system tests: " + survivors);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
