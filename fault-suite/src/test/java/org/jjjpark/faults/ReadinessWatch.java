package org.jjjpark.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Polls a service's {@code /q/health/ready} four times a second and keeps its longest unready stretch. */
final class ReadinessWatch implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final HttpRequest probe;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long longestUnreadyNanos;

    ReadinessWatch(String baseUrl) {
        probe = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(Duration.ofSeconds(1)).build();
        thread = new Thread(this::watch, "readiness-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        long unreadySince = -1;
        while (running) {
            long now = System.nanoTime();
            if (ready()) {
                unreadySince = -1;
            } else {
                unreadySince = unreadySince < 0 ? now : unreadySince;
                longestUnreadyNanos = Math.max(longestUnreadyNanos, now - unreadySince);
            }
            ParkApi.pause(Duration.ofMillis(250));
        }
    }

    private boolean ready() {
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    double longestUnreadySeconds() {
        return longestUnreadyNanos / 1e9;
    }

    @Override
    public void close() {
        running = false;
    }
}
