package org.jjjpark.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Plain JSON requests to the gateway for setting a scenario up (not for the measured load: see {@link SubmissionLoad}). */
final class ParkApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ParkApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Reply(int status, JsonNode body) {
        String text(String field) {
            return body.path(field).asText(null);
        }
    }

    Reply send(String method, String path, String token, Object body) {
        return send(method, path, token, body, null);
    }

    Reply send(String method, String path, String token, Object body, String idempotencyKey) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Sends until the reply is what {@code accepted} wants (asynchronous replicas catch up), at most {@code timeout}. */
    static Reply until(Supplier<Reply> attempt, Predicate<Reply> accepted, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reply reply = attempt.get();
        while (!accepted.test(reply)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": still " + reply.status() + " " + reply.body() + " after " + timeout);
            }
            pause(Duration.ofMillis(300));
            reply = attempt.get();
        }
        return reply;
    }

    static Reply expect(int status, Reply reply, String what) {
        if (reply.status() != status) {
            throw new AssertionError(what + ": expected " + status + ", got " + reply.status() + " " + reply.body());
        }
        return reply;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
