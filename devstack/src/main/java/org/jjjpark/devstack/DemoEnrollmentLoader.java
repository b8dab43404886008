package org.jjjpark.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jjjpark.testkit.candidates.SyntheticCandidate;
import org.jjjpark.testkit.candidates.SyntheticCandidates;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The 2025 undergraduate batch, ready to try: each province's admission rules, a few thousand synthetic
 * candidates per province imported by that province's commission client through the gateway, the choice lists
 * of many of them, and a few candidates signed up with a known password. Safe on every start: rules already set
 * are kept (an operator may have closed the window), imports are idempotent by exam number, submissions by their
 * Idempotency-Key.
 */
final class DemoEnrollmentLoader {

    static final String SERVICE = "enrollment-service";
    static final int YEAR = 2025;
    /** Demo applicants sign in with their exam number and this password. */
    static final String APPLICANT_PASSWORD = "demo-applicant-2025";

    private static final long SEED = 20250607L;
    private static final int CANDIDATES_PER_PROVINCE = 2000;
    /**
     * Well within the gateway's 1 MB body limit (about 300 bytes a record) and its 10 s upstream timeout, even on
     * a busy laptop whose JIT is still warming up.
     */
    private static final int IMPORT_BATCH = 250;
    /** Imports are idempotent by exam number, so one that timed out is simply sent again. */
    private static final int IMPORT_ATTEMPTS = 3;
    private static final int APPLICANTS_PER_PROVINCE = 800;
    private static final int SIGNED_UP_PER_PROVINCE = 2;
    private static final int SUBMITTING_THREADS = 4;
    private static final Duration REPLICA_PATIENCE = Duration.ofSeconds(90);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final Duration APPLICANT_TOKEN_LIFETIME = Duration.ofMinutes(30);

    /** Beijing and Tianjin fill institution groups of up to 6 majors; Hebei up to 96 single choices. */
    private static final List<ProvinceRules> RULES = List.of(
            new ProvinceRules("110000", 30, 6),
            new ProvinceRules("120000", 50, 6),
            new ProvinceRules("130000", 96, 1));

    private record ProvinceRules(String province, int maxChoices, int majorsPerUnit) {
    }

    /** A candidate who can sign in: printed in the summary. */
    record DemoApplicant(String province, String examNumber, int totalScore) {
    }

    private final PlatformApi gateway;
    private final PlatformApi enrollment;
    private final DevTokenIssuer tokens;

    /**
     * @param gateway    the public entry, as the operator
     * @param enrollment enrollment-service directly: bulk submissions there do not spend the gateway's
     *                   per-address budget meant for real clients
     */
    DemoEnrollmentLoader(PlatformApi gateway, PlatformApi enrollment, DevTokenIssuer tokens) {
        this.gateway = gateway;
        this.enrollment = enrollment;
        this.tokens = tokens;
    }

    List<DemoApplicant> load(DemoData data, DemoIds ids, List<DemoClients.Credentials> clients) {
        Map<String, Set<String>> requirements = requirementsByProgramId(data, ids);
        List<DemoApplicant> signedUp = new ArrayList<>();
        for (ProvinceRules rules : RULES) {
            String commissionToken = clients.stream()
                    .filter(c -> c.role().equals("COMMISSION") && c.province().equals(rules.province()))
                    .findFirst().map(c -> gateway.clientToken(c.clientId(), c.clientSecret()))
                    .orElseThrow(() -> new DevStackFailure("no demo commission client for " + rules.province()));
            boolean windowOpen = ensureRules(rules);
            SyntheticCandidates population = new SyntheticCandidates(rules.province(), YEAR, SEED);
            Map<String, UUID> candidateIds = importAll(population, gateway.as(commissionToken), rules.province());
            DemoChoiceLists lists = new DemoChoiceLists(openLines(rules.province(), expectedLines(data, rules),
                    requirements), rules.maxChoices(), rules.majorsPerUnit());
            List<SyntheticCandidate> applicants = population.range(0, APPLICANTS_PER_PROVINCE);
            // Once an operator has closed the window (to run a round), the lists stay as they were.
            int submitted = windowOpen ? submitAll(applicants, candidateIds, lists) : 0;
            applicants.stream().filter(c -> candidateIds.containsKey(c.examNumber())).limit(SIGNED_UP_PER_PROVINCE)
                    .forEach(c -> {
                        signUp(c);
                        signedUp.add(new DemoApplicant(rules.province(), c.examNumber(), c.totalScore()));
                    });
            Launcher.say("demo enrollment " + rules.province() + ": " + candidateIds.size() + " candidates, "
                    + submitted + " choice lists in the " + YEAR + " UNDERGRADUATE batch");
        }
        return signedUp;
    }

    /**
     * Sets the batch's rules with a window open from now for four weeks, unless rules exist already; tells
     * whether the window is open now.
     */
    private boolean ensureRules(ProvinceRules rules) {
        String path = "/api/v1/admission-configs/" + YEAR + "/" + rules.province() + "/UNDERGRADUATE";
        Optional<JsonNode> existing = gateway.find(path);
        if (existing.isPresent()) {
            return OffsetDateTime.parse(existing.get().path("windowClosesAt").asText()).isAfter(OffsetDateTime.now());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.MINUTES);
        ObjectNode body = gateway.json().createObjectNode()
                .put("windowOpensAt", now.minusHours(1).toString())
                .put("windowClosesAt", now.plusWeeks(4).toString())
                .put("maxChoices", rules.maxChoices())
                .put("maxMajorsPerUnit", rules.majorsPerUnit())
                .put("dropRatio", 1.05)
                .put("tiePolicy", "ADMIT_ALL_TIED");
        body.putArray("tieBreakChain").add("CHINESE_PLUS_MATHEMATICS").add("MAX_CHINESE_MATHEMATICS")
                .add("FOREIGN_LANGUAGE");
        gateway.put(path, body);
        return true;
    }

    /** Imports the whole population in batches; returns candidate ids by exam number. */
    private Map<String, UUID> importAll(SyntheticCandidates population, PlatformApi commission, String province) {
        Map<String, UUID> ids = new HashMap<>();
        for (int first = 0; first < CANDIDATES_PER_PROVINCE; first += IMPORT_BATCH) {
            ObjectNode body = commission.json().createObjectNode().put("provinceCode", province).put("examYear", YEAR);
            ArrayNode records = body.putArray("candidates");
            population.range(first, IMPORT_BATCH).forEach(c -> records.add(commission.json().valueToTree(c.importRecord())));
            for (JsonNode outcome : importOnce(commission, body).path("outcomes")) {
                ids.put(outcome.path("examNumber").asText(), UUID.fromString(outcome.path("candidateId").asText()));
            }
        }
        return ids;
    }

    private static JsonNode importOnce(PlatformApi commission, ObjectNode body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commission.post("/api/v1/candidates/imports", null, body);
            } catch (DevStackFailure failure) {
                // No answer from the gateway (504) or from the gateway itself: the import may or may not have run.
                boolean timedOut = failure instanceof ApiTimeout
                        || failure instanceof ApiProblem problem && problem.status() == 504;
                if (!timedOut || attempt == IMPORT_ATTEMPTS) {
                    throw failure;
                }
                Launcher.warn("a candidate import timed out; sending it again (imports are idempotent)");
            }
        }
    }

    /** Waits until enrollment-service has opened every 2025 line the demo agreements allocate to the province. */
    private List<DemoChoiceLists.Line> openLines(String province, int expected, Map<String, Set<String>> requirements) {
        Instant patienceEnds = Instant.now().plus(REPLICA_PATIENCE);
        String query = "/api/v1/plan-lines?intakeYear=" + YEAR + "&sourceProvince=" + province
                + "&status=OPEN&limit=500";
        while (true) {
            JsonNode items = gateway.get(query).path("items");
            boolean complete = items.size() >= expected;
            for (JsonNode line : items) {
                complete &= line.hasNonNull("institutionId");
            }
            if (complete) {
                return DemoChoiceLists.linesOf(items, requirements);
            }
            if (Instant.now().isAfter(patienceEnds)) {
                throw new DevStackFailure("enrollment-service has " + items.size() + " of the " + expected
                        + " plan lines of " + province + " after " + REPLICA_PATIENCE.toSeconds() + " s");
            }
            pause("enrollment-service to open the plan");
        }
    }

    /** Submits each applicant's list as that applicant; returns how many now have one. */
    private int submitAll(List<SyntheticCandidate> applicants, Map<String, UUID> candidateIds, DemoChoiceLists lists) {
        AtomicInteger submitted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(SUBMITTING_THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (SyntheticCandidate candidate : applicants) {
                UUID id = candidateIds.get(candidate.examNumber());
                Random random = new Random(SEED ^ candidate.examNumber().hashCode());
                ObjectNode body = enrollment.json().createObjectNode().put("batch", "UNDERGRADUATE");
                if (id == null || lists.listOf(candidate, random, body.putArray("choices")).isEmpty()) {
                    continue;
                }
                PlatformApi applicant = enrollment.as(tokens.applicantToken(id, APPLICANT_TOKEN_LIFETIME));
                work.add(pool.submit(() -> {
                    applicant.post("/api/v1/applications", "demo-application-" + candidate.examNumber(), body);
                    submitted.incrementAndGet();
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof DevStackFailure failure ? failure
                    : new DevStackFailure("a demo submission failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackFailure("interrupted while submitting demo applications");
        } finally {
            pool.shutdownNow();
        }
        return submitted.get();
    }

    /**
     * Signs the candidate up through the gateway, unless they can sign in already. The gateway learns of
     * candidates from CandidateRegistered a moment after the import; until then a sign-up is refused.
     */
    private void signUp(SyntheticCandidate candidate) {
        ObjectNode signIn = gateway.json().createObjectNode().put("examNumber", candidate.examNumber())
                .put("password", APPLICANT_PASSWORD);
        try {
            gateway.postAnonymously("/api/v1/auth/signin", signIn);
            return;
        } catch (ApiProblem notYet) {
            if (notYet.status() != 401) {
                throw notYet;
            }
        }
        ObjectNode signUp = signIn.deepCopy().put("idNumber", candidate.idNumber());
        Instant patienceEnds = Instant.now().plus(REPLICA_PATIENCE);
        while (true) {
            try {
                gateway.postAnonymously("/api/v1/auth/signup", signUp);
                return;
            } catch (ApiProblem refused) {
                if (refused.status() != 422 || Instant.now().isAfter(patienceEnds)) {
                    throw refused;
                }
                pause("the gateway to learn of candidate " + candidate.examNumber());
            }
        }
    }

    private static int expectedLines(DemoData data, ProvinceRules rules) {
        return (int) data.agreements().stream().flatMap(a -> a.allocationsOrNone().stream())
                .filter(a -> a.intakeYear() == YEAR && a.sourceProvince().equals(rules.province())).count();
    }

    private static Map<String, Set<String>> requirementsByProgramId(DemoData data, DemoIds ids) {
        Map<String, Set<String>> requirements = new HashMap<>();
        for (DemoData.Program program : data.programs()) {
            ids.program(program.partnerIdentifier(), program.catalogueCode())
                    .ifPresent(id -> requirements.put(id, new HashSet<>(program.subjectRequirements())));
        }
        return requirements;
    }

    private static void pause(String waitingFor) {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackFailure("interrupted while waiting for " + waitingFor);
        }
    }
}
