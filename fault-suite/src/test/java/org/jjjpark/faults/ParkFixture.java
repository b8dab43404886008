package org.jjjpark.faults;

import org.jjjpark.testkit.TestTokens;
import org.jjjpark.testkit.candidates.SyntheticCandidate;
import org.jjjpark.testkit.candidates.SyntheticCandidates;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.jjjpark.faults.ParkApi.expect;
import static org.jjjpark.faults.ParkApi.until;

/**
 * What a submission needs, set up through the gateway as the operator and the Hebei commission would: a program
 * without subject requirements, an agreement signed by both parties whose Hebei allocation enrollment-service
 * turns into an open plan line, an open filling window, and registered candidates, each of whom may hold one
 * active application, so the load takes a fresh candidate per submission.
 */
final class ParkFixture {

    static final String HEBEI = "130000";
    static final int YEAR = LocalDate.now().getYear();
    private static final int IMPORT_CHUNK = 250;
    private static final Duration REPLICA_WAIT = Duration.ofSeconds(60);

    private final ParkApi api;
    private final ParkApi enrollment;
    private final String operator = TestTokens.operator();
    private final String commission = TestTokens.commission(HEBEI);
    private final SyntheticCandidates candidates = new SyntheticCandidates(HEBEI, YEAR, 20261129L);
    private int nextCandidate;
    private String planLineId;

    /**
     * @param api        the gateway, for everything a client does
     * @param enrollment enrollment-service itself, for the bulk imports: set-up, not under test, and on a crowded
     *                   machine an import can outlast the gateway's 10 s upstream timeout
     */
    ParkFixture(ParkApi api, ParkApi enrollment) {
        this.api = api;
        this.enrollment = enrollment;
    }

    /** Registers the partners, the program and the agreement, waits for the plan line, opens the window. */
    ParkFixture open() {
        int code = 10000 + ThreadLocalRandom.current().nextInt(80000);
        String park = registered("/api/v1/partners", institution("VOCATIONAL_COLLEGE",
                "Beijing Vocational College of Economics and Management", "131022", code));
        String university = registered("/api/v1/partners", institution("UNIVERSITY", "Fault Suite University",
                "110000", code + 1));
        String program = registered("/api/v1/programs", Map.of("partnerId", university, "catalogueCode", "080717T",
                "nameZh", "人工智能", "nameEn", "Artificial Intelligence", "degree", "ENGINEERING",
                "durationYears", 4, "campus", "Gu'an campus", "subjectRequirements", List.of()));
        Map<String, Object> draft = agreement(park, university, program);
        String draftKey = UUID.randomUUID().toString();
        String agreement = expect(201, until(() -> api.send("POST", "/api/v1/agreements", operator, draft, draftKey),
                r -> r.status() != 422 && r.status() < 500, REPLICA_WAIT, "agreement-service learns of the partners"), "draft").text("id");
        for (String party : List.of(park, university)) {
            // A retried signature of a party that has signed is refused (409), which is as good as the first.
            int signed = until(() -> api.send("POST", "/api/v1/agreements/" + agreement + "/signatures", operator,
                    Map.of("partyId", party, "signer", "Authorised representative")), r -> r.status() < 500,
                    REPLICA_WAIT, "signature").status();
            if (signed != 200 && signed != 409) {
                throw new AssertionError("the signature of " + party + " was refused: " + signed);
            }
        }
        planLineId = until(() -> api.send("GET", "/api/v1/plan-lines?agreementId=" + agreement, operator, null),
                r -> "OPEN".equals(r.body().path("items").path(0).path("status").asText()), REPLICA_WAIT,
                "enrollment-service opens the plan line").body().path("items").path(0).path("id").asText();
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, Object> window = Map.of("windowOpensAt", now.minusHours(1).toString(),
                "windowClosesAt", now.plusDays(3).toString(), "maxChoices", 96, "maxMajorsPerUnit", 1, "dropRatio", 1.0,
                "tieBreakChain", List.of("CHINESE_PLUS_MATHEMATICS", "MAX_CHINESE_MATHEMATICS", "FOREIGN_LANGUAGE"),
                "tiePolicy", "ADMIT_ALL_TIED");
        int status = until(() -> api.send("PUT", "/api/v1/admission-configs/" + YEAR + "/" + HEBEI + "/UNDERGRADUATE",
                operator, window), r -> r.status() < 500, REPLICA_WAIT, "filling window").status();
        if (status != 200 && status != 201) {
            throw new AssertionError("the filling window did not open: " + status);
        }
        return this;
    }

    String planLineId() {
        return planLineId;
    }

    /** Registers {@code count} more candidates through the commission's import; returns their ids. */
    List<UUID> registeredCandidates(int count) {
        List<UUID> ids = new ArrayList<>(count);
        while (ids.size() < count) {
            int chunk = Math.min(IMPORT_CHUNK, count - ids.size());
            List<Map<String, Object>> records = candidates.range(nextCandidate, chunk).stream()
                    .map(SyntheticCandidate::importRecord).toList();
            nextCandidate += chunk;
            ParkApi.Reply reply = expect(200, enrollment.send("POST", "/api/v1/candidates/imports", commission,
                    Map.of("provinceCode", HEBEI, "examYear", YEAR, "candidates", records)), "candidate import");
            reply.body().path("outcomes").forEach(o -> ids.add(UUID.fromString(o.path("candidateId").asText())));
        }
        return ids;
    }

    /** Retried under one Idempotency-Key: a timed-out attempt may have been applied, and a retry then replays it. */
    private String registered(String path, Map<String, Object> body) {
        String key = UUID.randomUUID().toString();
        return expect(201, until(() -> api.send("POST", path, operator, body, key),
                r -> r.status() != 422 && r.status() < 500, REPLICA_WAIT, "partner-service knows the partner"), path)
                .text("id");
    }

    private static Map<String, Object> institution(String type, String nameEn, String region, int code) {
        return Map.of("type", type, "nameZh", "故障测试院校", "nameEn", nameEn,
                "identifier", String.format("%05d", code), "regionCode", region);
    }

    private static Map<String, Object> agreement(String park, String university, String program) {
        LocalDate today = LocalDate.now();
        String reference = "FLT-" + UUID.randomUUID().toString().substring(0, 8);
        return Map.of("reference", reference, "type", "CO_CONSTRUCTION", "title", "Fault suite co-construction",
                "parties", List.of(Map.of("partnerId", park, "role", "PARK"),
                        Map.of("partnerId", university, "role", "UNIVERSITY")),
                "effectiveFrom", today.minusDays(1).toString(), "effectiveTo", today.plusYears(5).toString(),
                "document", Map.of("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        "uri", "https://documents.jjjpark.example/agreements/" + reference + ".pdf"),
                "allocations", List.of(Map.of("programId", program, "intakeYear", today.getYear(),
                        "planProvince", "110000", "sourceProvince", HEBEI, "planType", "GENERAL", "seats", 10000)));
    }
}
