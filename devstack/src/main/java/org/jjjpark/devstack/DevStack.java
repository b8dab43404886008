package org.jjjpark.devstack;

import org.jjjpark.testkit.KafkaBroker;
import org.jjjpark.testkit.PostgresServer;
import org.jjjpark.testkit.platform.PlatformEnvironment;
import org.jjjpark.testkit.platform.PlatformService;
import org.jjjpark.testkit.platform.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The running platform: PostgreSQL, Kafka and the services whose runner jars exist. Starts them in dependency
 * order and stops them in reverse, so no service ever loses its database or broker while still running.
 */
final class DevStack {

    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final String LOCK_FILE = "devstack.lock";
    /** Long enough for a working day; every start writes a new one. */
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    /** Kept with the data it encrypts: a new key would make the stored ID numbers unreadable. */
    private static final String PII_KEY_FILE = "enrollment-pii.key";
    /** Local demo value; a deployment sets its own secret IDENTITY_LOOKUP_KEY. */
    private static final String LOOKUP_KEY = "devstack-identity-lookup-key";

    private final Path repoRoot;
    private final Path home;
    private final Options options;
    private final List<ServiceProcess> running = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private FileChannel lockChannel;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private DevTokenIssuer tokens;
    private volatile boolean stopping;

    DevStack(Path repoRoot, Options options) {
        this.repoRoot = repoRoot;
        this.home = repoRoot.resolve(".devstack");
        this.options = options;
    }

    /** Brings everything up and loads the demo data; any failure leaves the caller to {@link #stop()}. */
    void start() {
        Instant begin = Instant.now();
        lockHome();
        Path pgData = home.resolve("postgres");
        // Before --fresh: a leftover server must not see its data directory deleted under it.
        LeftoverPostmaster.stopIfRunning(pgData);
        if (options.fresh()) {
            deleteAllButLock();
            Launcher.say("--fresh: deleted the data in .devstack/");
        }
        tokens = DevTokenIssuer.loadOrCreate(home.resolve("jwt"));
        List<PlatformService> services = PlatformService.ALL.stream()
                .filter(s -> Files.exists(s.runnerJar(repoRoot))).toList();
        List<PlatformService> skipped = PlatformService.ALL.stream().filter(s -> !services.contains(s)).toList();
        if (!skipped.isEmpty()) {
            Launcher.say("skipped (no runner jar; ./devstack.sh --build builds them): "
                    + String.join(", ", skipped.stream().map(PlatformService::module).toList()));
        }

        requireFree(options.pgPort(), "PostgreSQL", "--pg-port");
        requireFree(options.kafkaPort(), "Kafka", "--kafka-port");
        for (PlatformService service : services) {
            requireFree(service.port(), service.module(), null);
        }

        step(() -> {
            postgres = PostgresServer.startPersistent(pgData, options.pgPort());
            for (PlatformService service : services) {
                postgres.ensureDatabase(service.database(), service.user(), service.password());
            }
        });
        Launcher.say("PostgreSQL up on port " + postgres.port());
        step(() -> kafka = KafkaBroker.startPersistent(home.resolve("kafka"), options.kafkaPort()));
        Launcher.say("Kafka up on " + kafka.bootstrapServers());

        Path logs = createDirectories(home.resolve("logs"));
        PlatformEnvironment environment = new PlatformEnvironment(postgres, kafka, tokens.signingKey(), LOOKUP_KEY,
                piiEncryptionKey(home.resolve(PII_KEY_FILE)));
        for (PlatformService service : services) {
            // The gateway is told of every service, built or not: one built later is routed once it runs.
            step(() -> running.add(ServiceProcess.start(service, repoRoot,
                    logs.resolve(service.module() + ".log"), environment.of(service, PlatformService.ALL))));
        }
        // Started together, awaited in turn: the services boot in parallel, which is what takes the time.
        for (ServiceProcess process : running) {
            process.awaitReady();
            Launcher.say(process.service().module() + " ready on " + process.service().baseUrl());
            process.whenExited(() -> reportUnexpectedExit(process));
        }

        String operatorToken = tokens.saveOperatorToken(home.resolve(StackSummary.TOKEN_FILE), TOKEN_LIFETIME);
        Optional<PlatformService> gateway = running(services, DemoClients.SERVICE);
        // Through the front door when there is one, so that the demo data takes the path of any client.
        DemoData demoData = DemoData.bundled();
        Optional<DemoIds> demoIds = running(services, DemoDataLoader.SERVICE).map(partners -> new DemoDataLoader(
                new PlatformApi(gateway.orElse(partners).baseUrl(), operatorToken)).load(demoData));
        running(services, DemoAgreementLoader.SERVICE).ifPresent(agreements -> demoIds.ifPresent(ids ->
                new DemoAgreementLoader(new PlatformApi(gateway.orElse(agreements).baseUrl(), operatorToken))
                        .load(demoData, ids)));
        List<DemoClients.Credentials> clients = gateway
                .map(g -> new DemoClients(new PlatformApi(g.baseUrl(), operatorToken), home.resolve(DemoClients.FILE))
                        .ensure())
                .orElse(List.of());
        // Candidates come through their commissions' clients, which only exist behind the gateway.
        List<DemoEnrollmentLoader.DemoApplicant> applicants = running(services, DemoEnrollmentLoader.SERVICE)
                .filter(enrollment -> gateway.isPresent() && demoIds.isPresent())
                .map(enrollment -> new DemoEnrollmentLoader(new PlatformApi(gateway.get().baseUrl(), operatorToken),
                        new PlatformApi(enrollment.baseUrl(), operatorToken), tokens)
                        .load(demoData, demoIds.get(), clients))
                .orElse(List.of());

        System.out.println(new StackSummary(services, skipped, postgres, options.kafkaPort(), TOKEN_LIFETIME,
                clients, applicants, Duration.between(begin, Instant.now())).render());
    }

    /**
     * Runs one start-up step unless a stop has begun. A stop waits for the step under way (a few seconds at
     * most), so whatever a step starts is known to {@link #stop()} and stopped with the rest.
     */
    private synchronized void step(Runnable step) {
        if (stopping) {
            throw new DevStackFailure("stopped during start-up");
        }
        step.run();
    }

    private static Optional<PlatformService> running(List<PlatformService> services, String module) {
        return services.stream().filter(s -> s.module().equals(module)).findFirst();
    }

    boolean isStopping() {
        return stopping;
    }

    /** Blocks until {@link #stop()} has finished. */
    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /**
     * Services first (SIGTERM, then SIGKILL after 10 s), then Kafka, then PostgreSQL: the services flush their
     * outboxes and close their connections while both are still there. Idempotent.
     */
    synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (!running.isEmpty()) {
            Launcher.say("stopping " + String.join(", ", running.stream().map(p -> p.service().module()).toList()));
            running.forEach(ServiceProcess::requestStop);
            Instant deadline = Instant.now().plus(STOP_GRACE);
            for (ServiceProcess process : running) {
                if (!process.awaitExit(deadline)) {
                    Launcher.say(process.service().module() + " did not stop in time, killed it");
                }
            }
        }
        if (kafka != null) {
            Launcher.say("stopping Kafka");
            kafka.close();
        }
        if (postgres != null) {
            Launcher.say("stopping PostgreSQL");
            postgres.close();
        }
        releaseHome();
        if (postgres != null) {
            Launcher.say("stopped");
        }
        stopped.countDown();
    }

    private void reportUnexpectedExit(ServiceProcess process) {
        if (!stopping) {
            Launcher.warn(process.service().module() + " exited with code " + process.exitCode() + "; see "
                    + repoRoot.relativize(process.log()));
        }
    }

    /** One devstack per checkout: a second one would start a second server on the same data directories. */
    private void lockHome() {
        createDirectories(home);
        try {
            lockChannel = FileChannel.open(home.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.tryLock();
            if (lock == null) {
                lockChannel.close();
                lockChannel = null;
                throw new DevStackFailure("another devstack is already running from " + repoRoot
                        + " (stop it with Ctrl-C, or use ./devstack.sh watch <topic> to look at it)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + home, e);
        }
    }

    /** Releasing the channel releases the lock. */
    private void releaseHome() {
        if (lockChannel != null) {
            try {
                lockChannel.close();
            } catch (IOException e) {
                Launcher.warn("could not release " + home.resolve(LOCK_FILE) + ": " + e.getMessage());
            }
        }
    }

    /** {@code --fresh}: everything under .devstack/ goes, except the lock this process holds. */
    private void deleteAllButLock() {
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(home) && !path.equals(home.resolve(LOCK_FILE))) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + home, e);
        }
    }

    /** Fails before anything starts: a busy port otherwise shows up as a vague start-up timeout. */
    private static void requireFree(int port, String what, String flag) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new DevStackFailure("port " + port + " for " + what + " is in use"
                    + (flag == null ? "; stop whatever listens there (ss -ltnp | grep :" + port + ")"
                            : "; pick another with " + flag + " N"));
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** enrollment-service's key for ID numbers: made on first start, then reused (until --fresh deletes it). */
    private static String piiEncryptionKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, PlatformEnvironment.newPiiEncryptionKey());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep enrollment-service's encryption key in " + file, e);
        }
    }
}
