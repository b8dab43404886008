package org.jjjpark.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * JSON calls to the platform's public API, as an operator unless {@link #as} says otherwise. Any answer other
 * than 2xx (404 to a GET aside) is an {@link ApiProblem}, which stops the devstack unless the caller expects that
 * problem and handles it.
 */
final class PlatformApi {

    private final String baseUrl;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json;

    /** @param operatorToken a bearer token with the operator role */
    PlatformApi(String baseUrl, String operatorToken) {
        this(baseUrl, operatorToken, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                new ObjectMapper());
    }

    private PlatformApi(String baseUrl, String token, HttpClient http, ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.http = http;
        this.json = json;
    }

    /** The same API called with another bearer token (a commission's, an applicant's). */
    PlatformApi as(String otherToken) {
        return new PlatformApi(baseUrl, otherToken, http, json);
    }

    /** A system client's token from the gateway's {@code /oauth2/token} (client credentials). */
    String clientToken(String clientId, String clientSecret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
        return send(request, "POST /oauth2/token for " + clientId)
                .orElseThrow(() -> new DevStackFailure("POST /oauth2/token answered 404"))
                .path("access_token").asText();
    }

    /** A POST without a bearer token (sign-up, sign-in). */
    JsonNode postAnonymously(String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        return send(request, "POST " + path)
                .orElseThrow(() -> new DevStackFailure("POST " + path + " answered 404"));
    }

    JsonNode put(String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        return send(authorised(request), "PUT " + path)
                .orElseThrow(() -> new DevStackFailure("PUT " + path + " answered 404"));
    }

    String baseUrl() {
        return baseUrl;
    }

    ObjectMapper json() {
        return json;
    }

    JsonNode get(String pathAndQuery) {
        return send(authorised(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET()), "GET " + pathAndQuery)
                .orElseThrow(() -> new DevStackFailure("GET " + pathAndQuery + " answered 404"));
    }

    /** The body of a GET, or empty on 404. */
    Optional<JsonNode> find(String pathAndQuery) {
        return send(authorised(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET()), "GET " + pathAndQuery);
    }

    JsonNode post(String path, String idempotencyKey, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        String what = "POST " + path + (idempotencyKey == null ? "" : " (" + idempotencyKey + ")");
        return send(authorised(request), what).orElseThrow(() -> new DevStackFailure(what + " answered 404"));
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + token);
    }

    private Optional<JsonNode> send(HttpRequest.Builder request, String what) {
        try {
            HttpResponse<String> response = http.send(
                    request.timeout(Duration.ofSeconds(10))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() / 100 != 2) {
                throw new ApiProblem(what, response.statusCode(), response.body(), problemCode(response.body()));
            }
            return Optional.of(json.readTree(response.body()));
        } catch (HttpTimeoutException e) {
            throw new ApiTimeout(what);
        } catch (IOException e) {
            throw new DevStackFailure(what + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackFailure("interrupted during " + what);
        }
    }

    /** The {@code code} of a problem document, or {@code null} when the body is something else. */
    private String problemCode(String body) {
        try {
            JsonNode code = json.readTree(body).path("code");
            return code.isTextual() ? code.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
