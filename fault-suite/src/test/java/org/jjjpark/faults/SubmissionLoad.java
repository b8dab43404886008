package org.jjjpark.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jjjpark.testkit.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop load through the gateway: one new application every 1/rate seconds whatever the answers, each by a
 * candidate who has none yet, under a fresh {@code Idempotency-Key}. Some submissions are sent again with the
 * same key (after the answer, or while in flight: scenario S10), and some acknowledged ones are changed once with
 * {@code If-Match}, so that aggregates have a second version whose order can be checked. Every request goes into
 * the history; latency counts from when the request was due, so a stalled server cannot hide its queue.
 */
final class SubmissionLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than the gateway's upstream timeout, so that the gateway's answer is what the history records. */
    private static final Duration TIMEOUT = Duration.ofSeconds(40);

    private final String gatewayUrl;
    private final String planLineId;
    private final Phases phases;
    private final double retryShare;
    private final double concurrentRetryShare;
    private final double updateShare;
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newFixedThreadPool(4, daemon("load-http"))).build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(daemon("load-clock"));
    private final ConcurrentLinkedQueue<Request> history = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
    private final AtomicLong seq = new AtomicLong();

    SubmissionLoad(String gatewayUrl, String planLineId, Phases phases, double retryShare,
                   double concurrentRetryShare, double updateShare, long seed) {
        this.gatewayUrl = gatewayUrl;
        this.planLineId = planLineId;
        this.phases = phases;
        this.retryShare = retryShare;
        this.concurrentRetryShare = concurrentRetryShare;
        this.updateShare = updateShare;
        this.random = new Random(seed);
    }

    /**
     * Submits at {@code ratePerSecond} for {@code duration}, one candidate of {@code candidates} each, while the
     * caller injects faults; returns once every request has its outcome.
     */
    List<Request> run(List<UUID> candidates, double ratePerSecond, Duration duration, Runnable faults) {
        long submissions = Math.round(ratePerSecond * duration.toMillis() / 1000.0);
        if (candidates.size() < submissions) {
            throw new IllegalArgumentException(submissions + " submissions need as many candidates, not "
                    + candidates.size());
        }
        Iterator<UUID> fresh = candidates.iterator();
        long periodNanos = Math.round(1e9 / ratePerSecond);
        AtomicLong sent = new AtomicLong();
        CompletableFuture<Void> done = new CompletableFuture<>();
        var ticker = clock.scheduleAtFixedRate(() -> {
            if (sent.getAndIncrement() >= submissions) {
                done.complete(null);
                return;
            }
            submit(fresh.next(), System.nanoTime());
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        faults.run();
        done.join();
        ticker.cancel(false);
        awaitOutcomes();
        List<Request> all = new ArrayList<>(history);
        all.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        return Collections.unmodifiableList(all);
    }

    private void awaitOutcomes() {
        CompletableFuture<?> next;
        while ((next = inFlight.poll()) != null) {
            next.exceptionally(e -> null).join();
        }
    }

    /** Runs on the clock thread: decisions drawn from {@link #random} stay reproducible for a seed. */
    private void submit(UUID candidate, long dueNanos) {
        String token = TestTokens.applicant(candidate);
        String key = UUID.randomUUID().toString();
        String body = json(Map.of("batch", "UNDERGRADUATE",
                "choices", List.of(Map.of("majors", List.of(planLineId), "acceptAdjustment", false))));
        boolean retry = random.nextDouble() < retryShare;
        boolean concurrentRetry = random.nextDouble() < concurrentRetryShare;
        boolean update = random.nextDouble() < updateShare;
        CompletableFuture<Request> first = send(Request.Kind.SUBMIT, candidate, key, token, "POST",
                "/api/v1/applications", body, null, dueNanos);
        if (concurrentRetry) {
            send(Request.Kind.CONCURRENT_RETRY, candidate, key, token, "POST", "/api/v1/applications", body, null,
                    System.nanoTime());
        }
        // The follow-ups are queued too, so that waiting for the outcomes also waits for what they send.
        inFlight.add(first.thenAccept(outcome -> {
            if (retry) {
                send(Request.Kind.RETRY, candidate, key, token, "POST", "/api/v1/applications", body, null,
                        System.nanoTime());
            }
            if (update && outcome.status() == 201) {
                send(Request.Kind.UPDATE, candidate, null, token, "PUT", "/api/v1/applications/" + outcome.applicationId(),
                        json(Map.of("choices", List.of(Map.of("majors", List.of(planLineId), "acceptAdjustment", true)))),
                        "\"" + outcome.version() + "\"", System.nanoTime());
            }
        }));
    }

    private CompletableFuture<Request> send(Request.Kind kind, UUID candidate, String key, String token, String method,
                                            String path, String body, String ifMatch, long dueNanos) {
        long number = seq.incrementAndGet();
        String phase = phases.current();
        long dueEpochMillis = System.currentTimeMillis() - (System.nanoTime() - dueNanos) / 1_000_000;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        CompletableFuture<Request> outcome = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    long latency = (System.nanoTime() - dueNanos) / 1000;
                    Request entry = failure != null
                            ? new Request(number, kind, candidate, key, phase, dueEpochMillis, latency, -1, null, null,
                            0, null)
                            : answered(number, kind, candidate, key, phase, dueEpochMillis, latency, response);
                    history.add(entry);
                    return entry;
                });
        inFlight.add(outcome);
        return outcome;
    }

    private static Request answered(long number, Request.Kind kind, UUID candidate, String key, String phase,
                                    long dueEpochMillis, long latency, HttpResponse<String> response) {
        JsonNode body = parse(response.body());
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        UUID applicationId = body.hasNonNull("id") ? UUID.fromString(body.get("id").asText()) : null;
        long version = response.headers().firstValue("ETag").map(SubmissionLoad::versionOf).orElse(0L);
        String code = body.hasNonNull("code") ? body.get("code").asText() : null;
        return new Request(number, kind, candidate, key, phase, dueEpochMillis, latency, response.statusCode(),
                contentType, applicationId, version, code);
    }

    /** ETags are the version in quotes, possibly weak ({@code W/"2"}). */
    private static long versionOf(String etag) {
        String digits = etag.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.nullNode(); // not JSON (a proxy's error page): the status says enough
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
