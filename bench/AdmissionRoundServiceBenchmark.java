import org.jjjpark.testkit.KafkaBroker;
import org.jjjpark.testkit.FreePorts;
import org.jjjpark.testkit.platform.GatewaySigningKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole admission round through enrollment-service: loads a synthetic province (the shape of
 * AdmissionEngineBenchmark: Zipf popularity, up to 96 choices, fixed seed) into PostgreSQL with COPY, starts the
 * service's runner jar against it, sends POST /api/v1/admission-rounds as an operator and reports the request's
 * wall time, the phases the service logged, the service's peak heap and RSS, and how long the outbox relay then
 * needs to hand every event to Kafka.
 *
 * <p>Run through bench/admission-round-service.sh, which builds the service, prepares the database and passes
 * the arguments: JDBC URL, user, password, applicants, units, service heap, work directory.
 */
public class AdmissionRoundServiceBenchmark {

    static final long SEED = 20240221L;
    static final int MAX_CHOICES = 96;
    static final int MAX_MAJORS_PER_UNIT = 6;
    static final int INTAKE_YEAR = 2026;
    static final String PROVINCE = "130000";
    static final String BATCH = "UNDERGRADUATE";
    static final ZoneId PARK_ZONE = ZoneId.of("Asia/Shanghai");
    static final String[] ELECTIVES = {"CHEMISTRY", "BIOLOGY", "GEOGRAPHY", "POLITICS"};
    static final int SUBMISSION_DAYS = 5;
    static final String ISSUER = "https://gateway.jjjpark.bench";
    /** Not the service's usual 8083, which a running devstack or system test may hold. */
    static final int PORT = FreePorts.pick();

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int applicants = Integer.parseInt(args[3]);
        int units = Integer.parseInt(args[4]);
        String heap = args[5];
        Path work = Path.of(args[6]);
        Path jar = Path.of(args[7]);
        Files.createDirectories(work);

        try (KafkaBroker kafka = KafkaBroker.startEphemeral()) {
            Path serviceLog = work.resolve("enrollment-service.log");
            Path gcLog = work.resolve("gc.log");
            GatewaySigningKey key = GatewaySigningKey.loadOrCreate(work.resolve("jwt"), ISSUER);
            Process service = startService(jar, heap, url, user, password, kafka.bootstrapServers(), key,
                    serviceLog, gcLog);
            try {
                awaitReady(service, serviceLog);
                try (Connection db = DriverManager.getConnection(url, user, password)) {
                    long loadStart = System.nanoTime();
                    new Province(new Random(SEED), applicants, units).load(db);
                    System.out.printf("loaded in %.1f s%n", seconds(loadStart));
                    try (Statement s = db.createStatement()) {
                        s.execute("vacuum analyze");
                    }
                    System.out.printf("database size: %s; load average before the round: %s%n",
                            single(db, "select pg_size_pretty(pg_database_size(current_database()))"),
                            Files.readString(Path.of("/proc/loadavg")).trim());
                    runRound(service, db, serviceLog, gcLog, operatorToken(key));
                }
            } finally {
                service.destroy();
                service.waitFor();
            }
        }
    }

    static void runRound(Process service, Connection db, Path serviceLog, Path gcLog, String token) throws Exception {
        HttpClient http = HttpClient.newBuilder().build();
        String body = "{\"intakeYear\":" + INTAKE_YEAR + ",\"sourceProvince\":\"" + PROVINCE + "\",\"batch\":\""
                + BATCH + "\"}";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + PORT + "/api/v1/admission-rounds"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double wall = seconds(start);
        System.out.printf("POST /api/v1/admission-rounds: HTTP %d in %.1f s wall%n", response.statusCode(), wall);
        System.out.println("response: " + abbreviate(response.body()));
        System.out.println("service peak RSS (VmHWM): " + peakRss(service));
        System.out.println("service peak heap (largest heap before a GC in the GC log): " + peakHeap(gcLog));
        System.out.println("phases logged by the service:");
        for (String line : Files.readAllLines(serviceLog)) {
            if (line.contains("AdmissionRoundService")) {
                System.out.println("  " + line.substring(line.indexOf("AdmissionRoundService")));
            }
        }
        if (response.statusCode() != 201) {
            return;
        }
        long drainStart = System.nanoTime();
        long pending;
        while ((pending = Long.parseLong(single(db,
                "select count(*) from outbox_event where published_at is null"))) > 0) {
            if (seconds(drainStart) > 1800) {
                System.out.printf("relay: %,d events still pending after 30 min%n", pending);
                return;
            }
            Thread.sleep(1000);
        }
        System.out.printf("relay: outbox drained %.1f s after the response (%s events published)%n",
                seconds(drainStart), single(db, "select count(*) from outbox_event"));
    }

    static Process startService(Path jar, String heap, String url, String user, String password, String kafka,
                                GatewaySigningKey key, Path log, Path gcLog) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", url);
        env.put("QUARKUS_DATASOURCE_USERNAME", user);
        env.put("QUARKUS_DATASOURCE_PASSWORD", password);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.putAll(key.serviceEnvironment());
        env.put("ENROLLMENT_PII_ENCRYPTION_KEY", "YmVuY2gtb25seS1waWkta2V5LTMyLWJ5dGVzLTAwMDA=");
        env.put("IDENTITY_LOOKUP_KEY", "bench-only-lookup-key");
        env.put("QUARKUS_HTTP_ACCESS_LOG_ENABLED", "false");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(PORT));
        // The benchmark shares two cores with its database, broker and loader: the default 2 s is too short.
        env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "30S");
        return builder.start();
    }

    /** An operator's token as the gateway issues it, signed with the run's own key. */
    static String operatorToken(GatewaySigningKey key) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("jjjpark-api");
        claims.setSubject("bench-operator");
        claims.setStringListClaim("groups", List.of("operator"));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }

    static void awaitReady(Process service, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/q/health/ready")).build();
        for (int i = 0; i < 240; i++) {
            if (!service.isAlive()) {
                throw new IllegalStateException("enrollment-service exited; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // retried below
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("enrollment-service not ready after 120 s; see " + log);
    }

    static String peakRss(Process service) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + service.pid() + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format("%,d MB", kb >> 10);
            }
        }
        return "unknown";
    }

    static String peakHeap(Path gcLog) throws IOException {
        Pattern beforeAfter = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        long peak = 0;
        long committed = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = beforeAfter.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
                committed = Math.max(committed, Long.parseLong(m.group(3)));
            }
        }
        return String.format("%,d MB used (heap committed at most %,d MB)", peak, committed);
    }

    static String single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * One source province's undergraduate batch: institutions (units) with their programs and plan lines,
     * candidates with scores, and one submitted choice list each, with the statistics counters submission keeps.
     */
    static final class Province {
        private final Random random;
        private final int applicants;
        private final int unitCount;
        private final UUID agreement;
        private final UUID[][] linesOfUnit;
        private final String[] requirementOfUnit;
        private final Map<Long, int[]> tallies = new HashMap<>();
        private final OffsetDateTime windowOpened = OffsetDateTime.parse("2026-06-25T09:00:00+08:00");

        Province(Random random, int applicants, int units) {
            this.random = random;
            this.applicants = applicants;
            this.unitCount = units;
            this.agreement = uuid();
            this.linesOfUnit = new UUID[units][];
            this.requirementOfUnit = new String[units];
        }

        void load(Connection db) throws Exception {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("insert into agreement_replica values ('" + agreement + "', 'ACTIVE', 1, now())");
                s.execute("insert into admission_config values (" + INTAKE_YEAR + ", '" + PROVINCE + "', '" + BATCH
                        + "', '" + windowOpened + "', '" + windowOpened.plusDays(SUBMISSION_DAYS) + "', " + MAX_CHOICES
                        + ", " + MAX_MAJORS_PER_UNIT + ", 1.05, 'CHINESE_PLUS_MATHEMATICS,MAX_CHINESE_MATHEMATICS,"
                        + "FOREIGN_LANGUAGE,FIRST_CHOICE_SUBJECT,MAX_ELECTIVE,VOLUNTEER_ORDER', 'ADMIT_ALL_TIED', 1, "
                        + "now())");
            }
            loadLines(db);
            db.commit();
            loadApplicants(db);
            db.commit();
            loadTallies(db);
            db.commit();
            db.setAutoCommit(true);
        }

        /**
         * 60 % of institutions offer one program (a "major + institution" unit of the engine benchmark), 40 % a
         * group of 2–6; subject requirements per institution as there.
         */
        private void loadLines(Connection db) throws Exception {
            StringBuilder programs = new StringBuilder();
            StringBuilder lines = new StringBuilder();
            int seats = 0;
            for (int u = 0; u < unitCount; u++) {
                UUID partner = uuid();
                requirementOfUnit[u] = switch (random.nextInt(10)) {
                    case 0, 1, 2 -> "PHYSICS";
                    case 3 -> "PHYSICS,CHEMISTRY";
                    case 4 -> "HISTORY";
                    default -> "";
                };
                boolean single = random.nextInt(10) < 6;
                int count = single ? 1 : 2 + random.nextInt(5);
                linesOfUnit[u] = new UUID[count];
                for (int m = 0; m < count; m++) {
                    UUID program = uuid();
                    UUID line = uuid();
                    linesOfUnit[u][m] = line;
                    int lineSeats = single ? 5 + random.nextInt(51) : 2 + random.nextInt(11);
                    seats += lineSeats;
                    programs.append(program).append('\t').append(partner).append("\t080901\tProgram ").append(u)
                            .append('-').append(m).append("\tProgram ").append(u).append('-').append(m).append('\t')
                            .append(requirementOfUnit[u]).append("\tACTIVE\t1\t2026-01-01 00:00:00+08\n");
                    lines.append(line).append('\t').append(agreement).append('\t').append(program).append('\t')
                            .append(INTAKE_YEAR).append("\t110000\t").append(PROVINCE).append('\t').append(BATCH)
                            .append("\tGENERAL\t").append(lineSeats)
                            .append("\tOPEN\t2026-01-01 00:00:00+08\t2026-01-01 00:00:00+08\n");
                }
            }
            copy(db, "program_replica", programs);
            copy(db, "plan_line (id, agreement_id, program_id, intake_year, plan_province, source_province, batch, "
                    + "plan_type, seats, status, created_at, updated_at)", lines);
            System.out.printf("%,d institutions, %,d plan lines, %,d seats%n", unitCount,
                    Arrays.stream(linesOfUnit).mapToInt(l -> l.length).sum(), seats);
        }

        /** Candidates and their applications, streamed to two COPYs in slices so that memory stays small. */
        private void loadApplicants(Connection db) throws Exception {
            AdmissionEngineBenchmark.ZipfUnits popularity = new AdmissionEngineBenchmark.ZipfUnits(random, unitCount);
            int[] listedBy = new int[unitCount];
            long choices = 0;
            int slice = 20_000;
            StringBuilder candidates = new StringBuilder();
            StringBuilder applications = new StringBuilder();
            for (int a = 1; a <= applicants; a++) {
                UUID candidate = uuid();
                int total = (int) Math.max(150, Math.min(730, Math.round(480 + 90 * random.nextGaussian())));
                boolean physics = random.nextInt(10) < 6;
                String subjects = (physics ? "PHYSICS" : "HISTORY") + "," + ELECTIVES[random.nextInt(2)] + ","
                        + ELECTIVES[2 + random.nextInt(2)];
                int chinese = subscore(total, 150);
                int maths = subscore(total, 150);
                int foreign = subscore(total, 150);
                int first = subscore(total, 100);
                int electives = subscore(total, 100) + subscore(total, 100);
                candidates.append(candidate).append('\t').append(PROVINCE).append('\t').append(INTAKE_YEAR)
                        .append("\t27").append(String.format("%08d", a)).append("\tCandidate ").append(a)
                        .append("\t\\\\x00\t").append(String.format("%064x", a)).append("\t2009-01-01\t")
                        .append(a % 2 == 0 ? "FEMALE" : "MALE").append('\t').append(physics ? "PHYSICS" : "HISTORY")
                        .append('\t').append(subjects).append('\t').append(total).append('\t').append(chinese)
                        .append('\t').append(maths).append('\t').append(foreign).append('\t').append(first)
                        .append('\t').append(electives).append("\t1\t2026-06-01 00:00:00+08\t2026-06-01 00:00:00+08\n");

                int length = random.nextInt(10) < 4 ? MAX_CHOICES : 1 + random.nextInt(MAX_CHOICES - 1);
                OffsetDateTime submitted = windowOpened.plusSeconds(random.nextInt(SUBMISSION_DAYS * 86_400 - 3600));
                int day = (int) submitted.atZoneSameInstant(PARK_ZONE).toLocalDate().toEpochDay();
                StringBuilder list = new StringBuilder("[");
                int listed = 0;
                while (listed < length) {
                    int u = popularity.next();
                    if (listedBy[u] == a) {
                        continue;
                    }
                    listedBy[u] = a;
                    if (listed > 0) {
                        list.append(',');
                    }
                    list.append("{\"majors\":[");
                    List<UUID> majors = majors(u);
                    for (int m = 0; m < majors.size(); m++) {
                        list.append(m == 0 ? "\"" : ",\"").append(majors.get(m)).append('"');
                        count(u, majors.get(m), day, listed == 0 && m == 0);
                    }
                    list.append("],\"acceptAdjustment\":").append(majors.size() == 1 || random.nextInt(10) < 7)
                            .append('}');
                    listed++;
                }
                choices += listed;
                applications.append(uuid()).append('\t').append(candidate).append('\t').append(INTAKE_YEAR)
                        .append('\t').append(PROVINCE).append('\t').append(BATCH).append("\tSUBMITTED\t")
                        .append(list).append("]\t1\t").append(submitted).append('\t').append(submitted).append('\n');
                if (a % slice == 0 || a == applicants) {
                    copy(db, "candidate", candidates);
                    copy(db, "application (id, candidate_id, intake_year, source_province, batch, status, choices, "
                            + "version, created_at, updated_at)", applications);
                    candidates.setLength(0);
                    applications.setLength(0);
                    if (a % 200_000 == 0) {
                        System.out.printf("  %,d applicants loaded%n", a);
                    }
                }
            }
            System.out.printf("%,d candidates with one submitted list each, %,d choices%n", applicants, choices);
        }

        /** A single-program institution's one line; for a group, 1 to all of its lines in random order. */
        private List<UUID> majors(int u) {
            UUID[] lines = linesOfUnit[u];
            if (lines.length == 1) {
                return List.of(lines[0]);
            }
            List<UUID> order = new ArrayList<>(Arrays.asList(lines));
            java.util.Collections.shuffle(order, random);
            return order.subList(0, 1 + random.nextInt(order.size()));
        }

        /** What submission adds to the statistics counters (ApplicationTallyRepository), by line and day. */
        private void count(int u, UUID line, int day, boolean rankedFirst) {
            int m = Arrays.asList(linesOfUnit[u]).indexOf(line);
            long key = ((long) u * MAX_MAJORS_PER_UNIT + m) * 100_000L + day;
            int[] counts = tallies.computeIfAbsent(key, k -> new int[2]);
            counts[0]++;
            if (rankedFirst) {
                counts[1]++;
            }
        }

        private void loadTallies(Connection db) throws Exception {
            StringBuilder rows = new StringBuilder();
            tallies.forEach((key, counts) -> {
                int day = (int) (key % 100_000L);
                long line = key / 100_000L;
                UUID lineId = linesOfUnit[(int) (line / MAX_MAJORS_PER_UNIT)][(int) (line % MAX_MAJORS_PER_UNIT)];
                rows.append(INTAKE_YEAR).append('\t').append(PROVINCE).append('\t').append(BATCH).append('\t')
                        .append(lineId).append("\tSUBMITTED\t").append(LocalDate.ofEpochDay(day)).append('\t')
                        .append(counts[0]).append('\t').append(counts[1]).append('\n');
            });
            copy(db, "application_tally (intake_year, source_province, batch, plan_line_id, status, submitted_on, "
                    + "listing, first_choice)", rows);
        }

        private int subscore(int total, int max) {
            return AdmissionEngineBenchmark.subscore(random, total, max).intValue();
        }

        private UUID uuid() {
            return new UUID(random.nextLong(), random.nextLong());
        }
    }

    static void copy(Connection db, String table, CharSequence rows) throws SQLException {
        CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
    }
}
