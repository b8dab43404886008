import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * Open-loop HTTP load driver: sends requests at fixed rates whatever the responses do, and measures each latency
 * from the request's intended send time, so a stalled server shows up in the percentiles instead of slowing the
 * driver down (no coordinated omission). Also pages through a change feed to time a full sync.
 *
 * <pre>
 * rates      --base URL --rates 100,250 --duration S --warmup S [--warmup-rate R] [--connections N] [--slo-ms 50]
 *            [--label L]
 *            [--json FILE] [--between-steps 'shell command']
 *            and either --submissions FILE --key PEM [--token-cache FILE]
 *                       (lines "candidate-id TAB json body": POST /api/v1/applications as that applicant, each line
 *                       once per step)
 *            or     --get PATH[,PATH...] --token TOKEN (GETs cycling through the paths)
 * changefeed --base URL --token TOKEN [--limit 500] [--label L] [--json FILE]
 * </pre>
 */
public final class LoadDriver {

    private static final String ISSUER = "https://devstack.jjjpark.local";
    private static final String AUDIENCE = "jjjpark-api";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Recorded in microseconds up to one minute, three significant digits. */
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: LoadDriver rates|changefeed --option value ...");
        }
        Map<String, String> options = options(args);
        switch (args[0]) {
            case "rates" -> new LoadDriver(options).rates();
            case "changefeed" -> new LoadDriver(options).changeFeed();
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        System.exit(0);
    }

    private final Map<String, String> options;
    private final String base;
    private final HttpClient client;

    private LoadDriver(Map<String, String> options) {
        this.options = options;
        this.base = required("base");
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
    }

    /** One request to send: built when its turn comes. */
    private interface RequestSource {
        int size();

        HttpRequest request(int index);
    }

    /** What one rate step measured. */
    private record StepResult(int rate, double seconds, long ok, Map<Integer, Long> errorStatuses, long failures,
                              Histogram latency, long lateSends) {

        long errors() {
            return errorStatuses.values().stream().mapToLong(Long::longValue).sum() + failures;
        }

        double throughput() {
            return ok / seconds;
        }

        double millis(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private void rates() throws Exception {
        int[] rates = List.of(required("rates").split(",")).stream().mapToInt(Integer::parseInt).toArray();
        int duration = Integer.parseInt(required("duration"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "64"));
        double sloMillis = Double.parseDouble(options.getOrDefault("slo-ms", "50"));
        String label = options.getOrDefault("label", base);
        RequestSource source = options.containsKey("submissions") ? submissions() : gets();

        if (warmup > 0) {
            int warmupRate = Integer.parseInt(options.getOrDefault("warmup-rate", Integer.toString(rates[0])));
            System.err.printf(Locale.ROOT, "[%s] warm-up %d s at %d req/s%n", label, warmup, warmupRate);
            StepResult result = step(source, warmupRate, warmup, connections);
            System.err.printf(Locale.ROOT, "[%s] warm-up: %d ok, %d errors %s%n", label, result.ok(), result.errors(),
                    result.errorStatuses());
            betweenSteps();
        }
        List<StepResult> results = new ArrayList<>();
        System.out.println("| scenario | target req/s | achieved ok/s | p50 ms | p99 ms | p99.9 ms | max ms | errors |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int rate : rates) {
            StepResult result = step(source, rate, duration, connections);
            results.add(result);
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %s |%n", label, rate,
                    result.throughput(), result.millis(50), result.millis(99), result.millis(99.9),
                    result.latency().getMaxValue() / 1000.0, errorText(result));
            writeJson(String.format(Locale.ROOT, "{\"scenario\":\"%s\",\"rate\":%d,\"seconds\":%.1f,\"ok\":%d,"
                            + "\"throughput\":%.1f,\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"p999_ms\":%.2f,\"max_ms\":%.2f,"
                            + "\"errors\":%d,\"error_statuses\":%s,\"late_sends\":%d}", label, rate, result.seconds(),
                    result.ok(), result.throughput(), result.millis(50), result.millis(99), result.millis(99.9),
                    result.latency().getMaxValue() / 1000.0, result.errors(), json(result.errorStatuses()),
                    result.lateSends()));
            betweenSteps();
        }
        int best = results.stream().filter(r -> r.errors() == 0 && r.millis(99) <= sloMillis)
                .mapToInt(StepResult::rate).max().orElse(0);
        System.out.printf(Locale.ROOT, "%nhighest rate with p99 <= %.0f ms and no errors (%s): %s%n", sloMillis, label,
                best == 0 ? "none of the steps" : best + " req/s");
        writeJson(String.format(Locale.ROOT, "{\"scenario\":\"%s\",\"slo_ms\":%.1f,\"highest_rate_within_slo\":%d}",
                label, sloMillis, best));
    }

    /**
     * Sends {@code rate * seconds} requests, the i-th at start + i/rate, each taking one of {@code connections}
     * permits; a request waiting for a permit keeps its intended time, so the wait counts as latency.
     */
    private StepResult step(RequestSource source, int rate, int seconds, int connections) throws InterruptedException {
        int total = rate * seconds;
        if (total > source.size()) {
            throw new IllegalStateException(total + " requests needed at " + rate + " req/s for " + seconds
                    + " s, but the request source has only " + source.size() + " (one per applicant and step)");
        }
        Histogram latency = new Histogram(HIGHEST_MICROS, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong late = new AtomicLong();
        Map<Integer, Long> errorStatuses = new ConcurrentHashMap<>();
        Semaphore permits = new Semaphore(connections);
        CountDownLatch done = new CountDownLatch(total);
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long[] lastCompletion = {start};
        for (int i = 0; i < total; i++) {
            long intended = start + i * intervalNanos;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -TimeUnit.MILLISECONDS.toNanos(1)) {
                late.incrementAndGet();
            }
            HttpRequest request = source.request(i);
            permits.acquire();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                permits.release();
                synchronized (latency) {
                    latency.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (now - intended) / 1000)));
                    lastCompletion[0] = Math.max(lastCompletion[0], now);
                }
                if (error != null) {
                    failures.incrementAndGet();
                } else if (response.statusCode() / 100 == 2) {
                    ok.incrementAndGet();
                } else {
                    errorStatuses.merge(response.statusCode(), 1L, Long::sum);
                }
                done.countDown();
            });
        }
        if (!done.await(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
            throw new IllegalStateException(done.getCount() + " requests neither answered nor timed out");
        }
        double elapsed;
        synchronized (latency) {
            elapsed = Math.max(seconds, (lastCompletion[0] - start) / 1e9);
        }
        return new StepResult(rate, elapsed, ok.get(), new TreeMap<>(errorStatuses), failures.get(), latency,
                late.get());
    }

    /** POST /api/v1/applications as each applicant of the file in turn, with a fresh Idempotency-Key. */
    private RequestSource submissions() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(required("submissions")));
        String[] tokens = applicantTokens(lines);
        URI uri = URI.create(base + "/api/v1/applications");
        return new RequestSource() {
            @Override
            public int size() {
                return lines.size();
            }

            @Override
            public HttpRequest request(int index) {
                String line = lines.get(index);
                return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + tokens[index])
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(line.substring(line.indexOf('\t') + 1)))
                        .build();
            }
        };
    }

    /**
     * One token per line of the submissions file, in its order. Signing is the slow part (milliseconds a token on
     * a busy machine), so it is done before any step, on every core, and kept in {@code --token-cache} when given
     * for the next target of the same run.
     */
    private String[] applicantTokens(List<String> lines) throws Exception {
        Path cache = options.containsKey("token-cache") ? Path.of(options.get("token-cache")) : null;
        if (cache != null && Files.exists(cache)) {
            List<String> cached = Files.readAllLines(cache);
            if (cached.size() == lines.size()) {
                return cached.toArray(String[]::new);
            }
        }
        PrivateKey key = privateKey(Path.of(required("key")));
        long began = System.nanoTime();
        String[] tokens = IntStream.range(0, lines.size()).parallel()
                .mapToObj(i -> token(key, lines.get(i).substring(0, lines.get(i).indexOf('\t')), "applicant"))
                .toArray(String[]::new);
        System.err.printf(Locale.ROOT, "signed %d applicant tokens in %.1f s%n", tokens.length,
                (System.nanoTime() - began) / 1e9);
        if (cache != null) {
            Files.write(cache, List.of(tokens));
        }
        return tokens;
    }

    /** GETs cycling through the given paths with one token. */
    private RequestSource gets() {
        List<URI> uris = List.of(required("get").split(",")).stream().map(p -> URI.create(base + p)).toList();
        String token = required("token");
        return new RequestSource() {
            @Override
            public int size() {
                return Integer.MAX_VALUE;
            }

            @Override
            public HttpRequest request(int index) {
                return HttpRequest.newBuilder(uris.get(index % uris.size())).timeout(REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + token).GET().build();
            }
        };
    }

    /** Copies the whole application change feed, page by page, as a client syncing from scratch would. */
    private void changeFeed() throws Exception {
        String token = required("token");
        int limit = Integer.parseInt(options.getOrDefault("limit", "500"));
        String label = options.getOrDefault("label", "change feed");
        String available = getBody("/api/v1/changes/available", token);
        long newest = number(available, "newestChangeVersion");
        Histogram pageLatency = new Histogram(HIGHEST_MICROS, 3);
        long rows = 0;
        long pages = 0;
        long min = 0;
        long began = System.nanoTime();
        while (true) {
            long sent = System.nanoTime();
            String page = getBody("/api/v1/changes/applications?minChangeVersion=" + min + "&maxChangeVersion="
                    + newest + "&limit=" + limit, token);
            pageLatency.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - sent) / 1000));
            pages++;
            rows += numbers(page, "changeVersion").size();
            List<Long> next = numbers(page, "nextMinChangeVersion");
            if (next.isEmpty()) {
                break;
            }
            min = next.get(0);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.println("| scenario | rows | pages of " + limit + " | seconds | rows/s | page p50 ms | page p99 ms "
                + "| page max ms |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.0f | %.1f | %.1f | %.1f |%n", label, rows, pages,
                seconds, rows / seconds, pageLatency.getValueAtPercentile(50) / 1000.0,
                pageLatency.getValueAtPercentile(99) / 1000.0, pageLatency.getMaxValue() / 1000.0);
        writeJson(String.format(Locale.ROOT, "{\"scenario\":\"%s\",\"rows\":%d,\"pages\":%d,\"seconds\":%.2f,"
                        + "\"rows_per_second\":%.0f,\"page_p50_ms\":%.2f,\"page_p99_ms\":%.2f,\"newest_version\":%d}",
                label, rows, pages, seconds, rows / seconds, pageLatency.getValueAtPercentile(50) / 1000.0,
                pageLatency.getValueAtPercentile(99) / 1000.0, newest));
    }

    private String getBody(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /** The first value of a numeric JSON field; the driver stays a single file without a JSON library. */
    private static long number(String json, String field) {
        List<Long> values = numbers(json, field);
        if (values.isEmpty()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return values.get(0);
    }

    private static List<Long> numbers(String json, String field) {
        List<Long> values = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        while (m.find()) {
            values.add(Long.parseLong(m.group(1)));
        }
        return values;
    }

    private void betweenSteps() throws IOException, InterruptedException {
        String command = options.get("between-steps");
        if (command == null) {
            return;
        }
        Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("between-steps command failed: " + command);
        }
    }

    private static String token(PrivateKey key, String subject, String role) {
        long now = Instant.now().getEpochSecond();
        String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = base64(String.format(Locale.ROOT, "{\"iss\":\"%s\",\"aud\":\"%s\",\"sub\":\"%s\","
                + "\"groups\":[\"%s\"],\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}", ISSUER, AUDIENCE, subject, role, now,
                now + 7200, UUID.randomUUID()));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private void writeJson(String line) {
        String file = options.get("json");
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String errorText(StepResult result) {
        if (result.errors() == 0) {
            return "0";
        }
        StringBuilder text = new StringBuilder(Long.toString(result.errors())).append(" (");
        result.errorStatuses().forEach((status, count) -> text.append(status).append("×").append(count).append(' '));
        if (result.failures() > 0) {
            text.append("no answer×").append(result.failures());
        }
        return text.toString().trim() + ")";
    }

    private static String json(Map<Integer, Long> statuses) {
        StringBuilder text = new StringBuilder("{");
        statuses.forEach((status, count) -> text.append(text.length() > 1 ? "," : "").append('"').append(status)
                .append("\":").append(count));
        return text.append('}').toString();
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value at " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
