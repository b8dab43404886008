package org.jjjpark.faults;

import org.jjjpark.testkit.FreePorts;
import org.jjjpark.testkit.KafkaBroker;
import org.jjjpark.testkit.PostgresServer;
import org.jjjpark.testkit.TestTokens;
import org.jjjpark.testkit.platform.GatewaySigningKey;
import org.jjjpark.testkit.platform.PlatformEnvironment;
import org.jjjpark.testkit.platform.PlatformService;
import org.jjjpark.testkit.platform.ServiceProcess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The platform under fault: PostgreSQL with one database per service and the in-JVM Kafka broker (each stoppable
 * and restartable on the same ports and data), and every service and the gateway as child processes from their
 * runner jars. Tokens are signed with testkit's key, so the suite mints applicant tokens without signing up
 * thousands of candidates through the gateway's rate-limited auth endpoints.
 */
final class FaultPlatform implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    /** Four JVMs booting at once on two cores that other builds share can take minutes. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("faults.ready-timeout-seconds", 300));

    private final Path repoRoot = Path.of(System.getProperty("faults.repo-root", "..")).toAbsolutePath().normalize();
    private final Path target = Path.of(System.getProperty("faults.target", "target")).toAbsolutePath();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;

    static FaultPlatform start() {
        FaultPlatform platform = new FaultPlatform();
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
        // Restartable, so that S3 can restart it under the services' feet.
        CompletableFuture<PostgresServer> startingPostgres = CompletableFuture.supplyAsync(
                PostgresServer::startRestartable);
        kafka = KafkaBroker.startEphemeral();
        postgres = startingPostgres.join();
        PlatformEnvironment environment = new PlatformEnvironment(postgres, kafka, testkitSigningKey(),
                "fault-suite-identity-lookup-key", PlatformEnvironment.newPiiEncryptionKey());
        List<PlatformService> all = PlatformService.ALL.stream().map(s -> s.onPort(FreePorts.pick())).toList();
        Path logs = createDirectories(target.resolve("logs"));
        for (PlatformService service : all) {
            postgres.ensureDatabase(service.database(), service.user(), service.password());
            Map<String, String> env = new HashMap<>(environment.of(service, all));
            // Production's 2 s fail-fast is too short for a first connection while four JVMs boot on two shared cores.
            env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "10S");
            if (service.isGateway()) {
                // One load generator on one address is not the abuse the per-address limits are there for.
                env.put("GATEWAY_RATE_LIMIT_REQUESTS_PER_MINUTE", "10000000");
                env.put("GATEWAY_RATE_LIMIT_BURST", "100000");
                // Production waits 10 s; with other builds on the same two cores a healthy service can take longer,
                // and a timeout caused by the machine would be mistaken for one caused by the fault.
                env.put("GATEWAY_UPSTREAM_RESPONSE_TIMEOUT", "30s");
            }
            running.put(service.module(), ServiceProcess.start(service, repoRoot,
                    logs.resolve(service.module() + ".log"), env));
        }
        running.values().forEach(process -> process.awaitReady(READY_TIMEOUT));
        System.out.printf("[fault-suite] platform up in %d s%n", Duration.between(begin, Instant.now()).toSeconds());
    }

    /** testkit's key pair under testkit's issuer, so that {@link TestTokens} are valid at the gateway and services. */
    private GatewaySigningKey testkitSigningKey() {
        Path dir = createDirectories(target.resolve("jwt"));
        for (String file : List.of("private-key.pem", "public-key.pem")) {
            try (InputStream in = TestTokens.class.getResourceAsStream("/testkit/jwt/" + file)) {
                Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy testkit's " + file, e);
            }
        }
        return GatewaySigningKey.loadOrCreate(dir, TestTokens.ISSUER);
    }

    String gatewayUrl() {
        return process(PlatformService.GATEWAY).service().baseUrl();
    }

    String serviceUrl(PlatformService service) {
        return process(service).service().baseUrl();
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The broker goes away: every connection to it is closed and new ones are refused until {@link #startKafka()}. */
    void stopKafka() {
        kafka.stop();
    }

    void startKafka() {
        kafka.start();
    }

    /** PostgreSQL restarted under the services' feet ({@link PostgresServer#restart()}). */
    void restartPostgres() {
        postgres.restart();
    }

    /** {@code kill -9}: the service gets no chance to finish a batch, commit offsets or close connections. */
    void kill(PlatformService service) {
        ServiceProcess process = process(service);
        // A deadline already passed: awaitExit goes straight to SIGKILL.
        process.awaitExit(Instant.now());
    }

    /** Starts a killed service again, as it ran before, and waits until it is ready. */
    void restart(PlatformService service) {
        ServiceProcess restarted = process(service).restart();
        running.put(service.module(), restarted);
        restarted.awaitReady(READY_TIMEOUT);
    }

    /** A connection to a service's own database, as its role. */
    Connection database(PlatformService service) {
        try {
            return DriverManager.getConnection(postgres.jdbcUrl(service.database()), service.user(), service.password());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database of " + service.module(), e);
        }
    }

    private ServiceProcess process(PlatformService service) {
        ServiceProcess process = running.get(service.module());
        if (process == null) {
            throw new IllegalArgumentException(service.module() + " is not running");
        }
        return process;
    }

    /** Services first (SIGTERM, SIGKILL after 15 s), then Kafka, then PostgreSQL. */
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
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
