package org.jjjpark.devstack;

import org.jjjpark.testkit.platform.ServiceStartFailure;
import sun.misc.Signal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of {@code ./devstack.sh}: starts the whole platform on this machine (embedded PostgreSQL and
 * Kafka, the services as child processes, demo data) until Ctrl-C, or follows a topic with {@code watch}.
 */
public final class Launcher {

    private static final String PREFIX = "[devstack] ";

    private Launcher() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            warn(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        int exitCode = 0;
        if (options.help()) {
            System.out.println(Options.USAGE);
        } else if (options.watchTopic().isPresent()) {
            exitCode = new TopicWatcher(options.watchTopic().get(), options.kafkaPort()).run();
        } else {
            exitCode = up(options);
        }
        // After a signal, leave the exit (and its code, 128 + the signal) to the JVM's shutdown: calling
        // System.exit while it runs would block until the shutdown hooks time out.
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * Runs the stack until a signal stops it. This thread starts the children and stays alive until they are
     * gone: their parent-death signal is tied to it (see {@link org.jjjpark.testkit.platform.ServiceProcess}).
     */
    private static int up(Options options) {
        Path repoRoot = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(repoRoot.resolve("devstack"))) {
            warn("run me from the repository root (./devstack.sh does that), not from " + repoRoot);
            return 2;
        }
        DevStack stack = new DevStack(repoRoot, options);
        stopOn("INT", stack);
        stopOn("TERM", stack);
        stopOn("HUP", stack);
        // Any other way out of the JVM (System.exit, an uncaught error) still stops the stack.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "devstack-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            // A failure while a signal is stopping the stack is only the stop cutting start-up short.
            if (!stack.isStopping()) {
                report(e);
                stack.stop();
                return 1;
            }
        }
        try {
            stack.awaitStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void report(RuntimeException e) {
        // Both say what went wrong and where to look; a stack trace would bury that.
        if (e instanceof DevStackFailure || e instanceof ServiceStartFailure) {
            warn(e.getMessage());
        } else {
            warn("failed: " + e);
            e.printStackTrace();
        }
    }

    /**
     * Stops the stack in order, then exits with the usual 128 + signal number. A plain shutdown hook would not
     * do: the embedded PostgreSQL registers its own hook, and hooks run concurrently, so the database would go
     * away while the services are still shutting down.
     */
    private static void stopOn(String signal, DevStack stack) {
        Signal.handle(new Signal(signal), s -> {
            System.out.println();
            stack.stop();
            System.exit(128 + s.getNumber());
        });
    }

    static void say(String message) {
        System.out.println(PREFIX + message);
    }

    static void warn(String message) {
        System.err.println(PREFIX + message);
    }
}
