package org.jjjpark.testkit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running inside this JVM.
 *
 * <p>It can be stopped and started again on the same ports and log directory, which is how tests take the
 * broker away from a running service. Kafka calls {@code Exit.halt} when a listener cannot bind; that would
 * kill the whole test JVM, so the exit procedures are replaced by ones that throw, and start-up retries on
 * fresh ports.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class.getName());
    private static final int START_ATTEMPTS = 5;

    private final Path logDir;
    private final boolean deleteOnClose;
    private int port;
    private int controllerPort;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDir, boolean deleteOnClose, int port) {
        this.logDir = logDir;
        this.deleteOnClose = deleteOnClose;
        this.port = port;
    }

    /** A throw-away broker on random ports, its data deleted on {@link #close()}. */
    public static KafkaBroker startEphemeral() {
        try {
            KafkaBroker broker = new KafkaBroker(Files.createTempDirectory("kafka-test-"), true, 0);
            broker.startWithRetries();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker whose data survives restarts of this process, on a fixed client port (0 picks one). */
    public static KafkaBroker startPersistent(Path logDir, int port) {
        KafkaBroker broker = new KafkaBroker(logDir, false, port);
        broker.startWithRetries();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public boolean isRunning() {
        return server != null;
    }

    /** Stops the broker cleanly (controlled shutdown), keeping its ports and data for {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts the broker again on the same ports and log directory; acknowledged records are still there. */
    public synchronized void start() {
        if (server == null) {
            server = launch();
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteOnClose) {
            deleteRecursively(logDir);
        }
    }

    private void startWithRetries() {
        quietenKafkaLogging();
        installThrowingExitProcedures();
        RuntimeException last = null;
        boolean fixedPort = port != 0;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            if (!fixedPort) {
                port = FreePorts.pick();
            }
            controllerPort = FreePorts.pick();
            try {
                server = launch();
                return;
            } catch (RuntimeException e) {
                last = e;
                LOG.log(Level.WARNING, "Kafka broker did not start (attempt " + attempt + "), retrying", e);
                server = null;
            }
        }
        throw new IllegalStateException("Kafka broker did not start after " + START_ATTEMPTS + " attempts", last);
    }

    private KafkaRaftServer launch() {
        Properties props = brokerProperties();
        formatOnce(props);
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        try {
            raftServer.startup();
        } catch (RuntimeException e) {
            raftServer.shutdown();
            raftServer.awaitShutdown();
            throw e;
        }
        return raftServer;
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // With controlled shutdown a restart on the same ports is back in under a second; without, ~10 s.
        p.put("controlled.shutdown.enable", "true");
        p.put("log.flush.interval.messages", "1");
        return p;
    }

    /**
     * Formats the log directory the first time only: the cluster id written then must stay the same across
     * restarts, or the broker refuses its own data.
     */
    private void formatOnce(Properties props) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(Set.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setUnstableFeatureVersionsEnabled(false)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka log directory " + logDir, e);
        }
    }

    private static void installThrowingExitProcedures() {
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("Kafka asked to halt the JVM (" + status + "): " + message);
        });
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("Kafka asked to exit the JVM (" + status + "): " + message);
        });
    }

    /** Kafka logs ~1,200 lines of configuration at start; the application's log config is not active yet. */
    private static void quietenKafkaLogging() {
        for (String name : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "org.apache.zookeeper"}) {
            Logger.getLogger(name).setLevel(Level.WARNING);
        }
        System.setProperty("org.slf4j.simpleLogger.log.kafka", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.state.change.logger", "warn");
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + dir, e);
        }
    }
}
