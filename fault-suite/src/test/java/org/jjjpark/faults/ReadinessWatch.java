package org.jjjpark.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Polls a service's {@code /q/health/ready} four times a second and keeps two longest stretches apart: the one in
 * which the service answered that it was not ready, and the one in which it did not answer within the probe's
 * timeout. The first is the service's own verdict on its health; the second mixes a busy service with a busy
 * machine, so the scenarios report it and judge only the first. The bodies of DOWN answers are kept, since they
 * name the check that failed.
 */
final class ReadinessWatch implements AutoCloseable {

    /** Kubernetes' default probe timeout. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);
    private static final int KEPT_BODIES = 5;

    private enum Answer { READY, NOT_READY, NONE }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
    private final HttpRequest probe;
    private final Thread thread;
    private final Set<String> notReadyBodies = new ConcurrentSkipListSet<>();
    private volatile boolean running = true;
    private volatile long longestNotReadyNanos;
    private volatile long longestSilentNanos;

    ReadinessWatch(String baseUrl) {
        probe = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(PROBE_TIMEOUT).build();
        thread = new Thread(this::watch, "readiness-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        long notReadySince = -1;
        long silentSince = -1;
        while (running) {
            long now = System.nanoTime();
            Answer answer = ask();
            notReadySince = answer == Answer.NOT_READY ? (notReadySince < 0 ? now : notReadySince) : -1;
            silentSince = answer == Answer.NONE ? (silentSince < 0 ? now : silentSince) : -1;
            if (notReadySince >= 0) {
                longestNotReadyNanos = Math.max(longestNotReadyNanos, now - notReadySince);
            }
            if (silentSince >= 0) {
                longestSilentNanos = Math.max(longestSilentNanos, now - silentSince);
            }
            ParkApi.pause(Duration.ofMillis(250));
        }
    }

    private Answer ask() {
        try {
            HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return Answer.READY;
            }
            if (notReadyBodies.size() < KEPT_BODIES) {
                notReadyBodies.add(response.statusCode() + " " + response.body().replaceAll("\\s+", " "));
            }
            return Answer.NOT_READY;
        } catch (IOException e) {
            return Answer.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.NONE;
        }
    }

    /** The longest stretch in which every answer said the service was not ready. */
    double longestNotReadySeconds() {
        return longestNotReadyNanos / 1e9;
    }

    /** The longest stretch in which no probe was answered within its timeout. */
    double longestSilentSeconds() {
        return longestSilentNanos / 1e9;
    }

    /** A few distinct bodies of not-ready answers, each naming the checks that were down. */
    Set<String> notReadyBodies() {
        return Set.copyOf(notReadyBodies);
    }

    @Override
    public void close() {
        running = false;
    }
}
