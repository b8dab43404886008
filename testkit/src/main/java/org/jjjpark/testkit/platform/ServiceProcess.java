package org.jjjpark.testkit.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A service running as a child process from its Quarkus runner jar, as in production, its output going to its
 * own log file. Start several, then {@link #awaitReady()} each: they boot in parallel.
 *
 * <p>The thread that calls {@link #start} must outlive the child (see {@link #command}): start services from a
 * long-lived thread such as a launcher's main thread or a test's, never from a pool that retires idle threads.
 */
public final class ServiceProcess {

    /**
     * 90 s by default; the system property {@code jjjpark.platform.ready-timeout} (seconds) lengthens it where a
     * machine shared with other builds starts four JVMs slowly.
     */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("jjjpark.platform.ready-timeout", 90));
    private static final int LOG_TAIL_LINES = 30;

    private final PlatformService service;
    private final Path repoRoot;
    private final Path log;
    private final Map<String, String> environment;
    private final Process process;
    private final Instant startedAt;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private ServiceProcess(PlatformService service, Path repoRoot, Path log, Map<String, String> environment,
                           Process process) {
        this.service = service;
        this.repoRoot = repoRoot;
        this.log = log;
        this.environment = Map.copyOf(environment);
        this.process = process;
        this.startedAt = Instant.now();
    }

    /**
     * Starts the service's runner jar with {@code environment} added to this process's environment (the way
     * production passes settings). The log is truncated: it holds this run only.
     */
    public static ServiceProcess start(PlatformService service, Path repoRoot, Path log,
                                       Map<String, String> environment) {
        return launch(service, repoRoot, log, environment, Redirect.to(log.toFile()));
    }

    /** Starts the service again as it was started before, appending to the same log; call it once this one is gone. */
    public ServiceProcess restart() {
        return launch(service, repoRoot, log, environment, Redirect.appendTo(log.toFile()));
    }

    private static ServiceProcess launch(PlatformService service, Path repoRoot, Path log,
                                         Map<String, String> environment, Redirect output) {
        Path jar = service.runnerJar(repoRoot);
        if (!Files.exists(jar)) {
            throw new ServiceStartFailure(service.module() + " is not built: no " + jar
                    + " (./mvnw package -pl " + service.module() + " -am builds it)");
        }
        ProcessBuilder builder = new ProcessBuilder(command(jar))
                // The module directory, as when someone runs the jar by hand from there.
                .directory(repoRoot.resolve(service.module()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(service, repoRoot, log, environment, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module(), e);
        }
    }

    /**
     * {@code java -Xmx256m -jar <jar>}, with the JVM running this code. Where util-linux's {@code setpriv} is
     * available the child also gets a parent-death signal, so it receives SIGTERM even when this JVM is killed
     * with -9 and its shutdown code never runs. (Linux sends it when the thread that started the child ends.)
     */
    private static List<String> command(Path jar) {
        List<String> command = new ArrayList<>();
        if (onPath("setpriv")) {
            command.addAll(List.of("setpriv", "--pdeathsig", "TERM", "--"));
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-Xmx256m", "-jar", jar.toString()));
        return command;
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    public PlatformService service() {
        return service;
    }

    public Path log() {
        return log;
    }

    /** Polls {@code /q/health/ready} until it answers 200; fails early if the process exits meanwhile. */
    public void awaitReady() {
        awaitReady(READY_TIMEOUT);
    }

    /** As {@link #awaitReady()}, allowing {@code timeout} since the start: on a crowded machine a start can take minutes. */
    public void awaitReady(Duration timeout) {
        Instant deadline = startedAt.plus(timeout);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ServiceStartFailure(service.module() + " exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + log + ":\n" + logTail());
            }
            if (answersOk(probe)) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new ServiceStartFailure(service.module() + " was not ready within " + timeout.toSeconds()
                + " s. Last lines of " + log + ":\n" + logTail());
    }

    private boolean answersOk(HttpRequest probe) {
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStartFailure("interrupted while waiting for " + service.module());
        }
    }

    /** Asks the service to stop (SIGTERM), as Kubernetes or Ctrl-C would; see {@link #awaitExit}. */
    public void requestStop() {
        process.destroy();
    }

    /**
     * Waits for the process to exit; kills it (SIGKILL) if it is still there at the deadline.
     *
     * @return whether it stopped by itself, in time
     */
    public boolean awaitExit(Instant deadline) {
        try {
            long waitMillis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (process.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        return false;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void whenExited(Runnable action) {
        process.onExit().thenRun(action);
    }

    public int exitCode() {
        return process.exitValue();
    }

    private String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()).stream()
                    .map(line -> "    " + line)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "    (cannot read the log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStartFailure("interrupted");
        }
    }
}
