package org.jjjpark.testkit.hostile;

import org.jjjpark.testkit.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * Sends hostile requests, generated from a running service's own OpenAPI document, to that service and checks
 * every response against {@link ResponseRules}. Requests go out with credentials the operation accepts (found by
 * sending it one valid request with each), so that they reach validation rather than stop at authorization; some
 * go without credentials or with forged ones.
 *
 * <p>System properties: {@code hostile.requests} (how many, default 400), {@code hostile.seed} (default 1),
 * {@code hostile.replay} (comma-separated indexes: send only those, to reproduce failures).
 */
public final class HostileInput {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final String target;
    private final URI baseUri;
    /** Tokens are fetched again after this long: a full run outlasts a test token's ten minutes. */
    private static final Duration TOKEN_RENEWAL = Duration.ofMinutes(2);

    private final Map<String, RenewedToken> credentials = new LinkedHashMap<>();
    private String documentPath = "/q/openapi?format=json";
    private int parallelism = 4;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HostileInput(String target, URI baseUri) {
        this.target = target;
        this.baseUri = baseUri;
    }

    /** A run against the service {@code target} (a name for the report) listening at {@code baseUri}. */
    public static HostileInput against(String target, URI baseUri) {
        return new HostileInput(target, URI.create(baseUri.toString().replaceFirst("/$", "")));
    }

    /** Credentials to try on each operation: a label for reports and where to get a fresh bearer token. */
    public HostileInput withBearer(String label, Supplier<String> token) {
        credentials.put(label, new RenewedToken(token));
        return this;
    }

    /**
     * One token of every role a service knows, as {@link TestTokens} signs them for a service under test: the
     * operator, a partner, the Hebei commission and an applicant (the ids are random, so they own nothing).
     */
    public HostileInput withATestTokenOfEveryRole() {
        UUID partner = UUID.randomUUID();
        UUID applicant = UUID.randomUUID();
        return withBearer("operator", TestTokens::operator)
                .withBearer("partner", () -> TestTokens.partner(partner))
                .withBearer("commission", () -> TestTokens.commission("130000"))
                .withBearer("applicant", () -> TestTokens.applicant(applicant));
    }

    /** Where the service serves its OpenAPI document as JSON; {@code /q/openapi?format=json} unless told. */
    public HostileInput documentAt(String path) {
        this.documentPath = path;
        return this;
    }

    public HostileInputReport run() {
        long count = Long.getLong("hostile.requests", 400);
        long seed = Long.getLong("hostile.seed", 1);
        String replay = System.getProperty("hostile.replay", "");
        HostileRequests requests = new HostileRequests(OpenApiDocument.parse(fetchDocument()), seed);
        List<HostileFailure> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        Map<ApiOperation, List<String>> accepted = acceptedCredentials(requests, failures);

        Instant start = Instant.now();
        long[] indexes = replay.isBlank() ? LongStream.range(0, count).toArray()
                : Arrays.stream(replay.split(",")).mapToLong(i -> Long.parseLong(i.trim())).toArray();
        Map<Hostility, Map<Integer, AtomicLong>> byHostility = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<?>> sending = new ArrayList<>();
            for (long index : indexes) {
                sending.add(pool.submit(() -> {
                    HostileRequest request = requests.request(index, accepted::get);
                    int status = send(request, failures);
                    statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    byHostility.computeIfAbsent(request.hostility(), h -> new ConcurrentHashMap<>())
                            .computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                }));
            }
            for (Future<?> f : sending) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the hostile-input run itself failed", e);
        } finally {
            pool.shutdownNow();
        }
        Map<Hostility, SortedMap<Integer, Long>> perHostility = new EnumMap<>(Hostility.class);
        byHostility.forEach((h, counts) -> perHostility.put(h, histogram(counts)));
        HostileInputReport report = new HostileInputReport(target, seed, indexes.length, histogram(statuses),
                perHostility, List.copyOf(failures), Duration.between(start, Instant.now()));
        System.out.println(report.summary());
        System.out.println(report.statusesByHostilityTable());
        return report;
    }

    private static SortedMap<Integer, Long> histogram(Map<Integer, AtomicLong> counts) {
        SortedMap<Integer, Long> histogram = new TreeMap<>();
        counts.forEach((status, n) -> histogram.put(status, n.get()));
        return histogram;
    }

    /** For each operation, the credentials with which a valid request is neither 401 nor 403 (all if none is). */
    private Map<ApiOperation, List<String>> acceptedCredentials(HostileRequests requests, List<HostileFailure> failures) {
        Map<ApiOperation, List<String>> accepted = new LinkedHashMap<>();
        for (ApiOperation operation : requests.operations()) {
            List<String> labels = new ArrayList<>();
            for (String label : credentials.keySet()) {
                int status = send(requests.valid(operation, label), failures);
                if (status != 401 && status != 403) {
                    labels.add(label);
                }
            }
            accepted.put(operation, labels.isEmpty() ? List.copyOf(credentials.keySet()) : labels);
        }
        return accepted;
    }

    /** Sends the request, records it as a failure if its response breaks a rule, and returns the status. */
    private int send(HostileRequest request, List<HostileFailure> failures) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(baseUri + request.target()))
                .timeout(REQUEST_TIMEOUT)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        RenewedToken token = credentials.get(request.credential());
        if (token != null) {
            http.header("Authorization", "Bearer " + token.current());
        }
        request.headers().forEach(http::header);
        try {
            HttpResponse<byte[]> response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            List<String> broken = ResponseRules.broken(request.target(), response.statusCode(), contentType, body);
            if (!broken.isEmpty()) {
                failures.add(new HostileFailure(request, response.statusCode(), contentType, body, broken));
            }
            return response.statusCode();
        } catch (IOException e) {
            failures.add(new HostileFailure(request, 0, null, "", List.of("no response: " + e)));
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String fetchDocument() {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUri + documentPath))
                    .timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(documentPath + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document of " + target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A token from its source, fetched again once {@link #TOKEN_RENEWAL} has passed. */
    private static final class RenewedToken {
        private final Supplier<String> source;
        private String token;
        private Instant fetched;

        RenewedToken(Supplier<String> source) {
            this.source = source;
        }

        synchronized String current() {
            if (fetched == null || Duration.between(fetched, Instant.now()).compareTo(TOKEN_RENEWAL) > 0) {
                token = source.get();
                fetched = Instant.now();
            }
            return token;
        }
    }
}
