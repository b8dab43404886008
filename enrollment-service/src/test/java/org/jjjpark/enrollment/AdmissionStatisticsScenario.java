package org.jjjpark.enrollment;

import io.restassured.http.ContentType;
import org.jjjpark.testkit.TestTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.jjjpark.enrollment.Applications.choice;

/**
 * A Hebei year of its own whose round yields every kind of admission figure, large and small cells alike. 5 seats
 * on each of A's three majors (physics, open to all, history) and on B's one; units are institutions (J = 3); drop
 * ratio 1.2, so A takes up to 18 files and B 6. Scores are distinct, so ranks follow them.
 *
 * <pre>
 * 7 at 700 … 694  [A: physics, no adjustment]                 → 5 admitted to physics, 2 rejected NOT_ADJUSTABLE
 * 6 at 690 … 685  [B]                                          → 6 dropped to B, 5 admitted, 1 rejected QUOTA_FILLED
 * 2 at 680, 679   [A: open, no adjustment]                     → admitted to A's open major
 * 2 at 670, 669.5 [B], [A: physics, adjustment]                → B took its 6 files: dropped to A, adjusted to open
 * </pre>
 */
final class AdmissionStatisticsScenario {

    final AdmissionScenario plan;
    final List<UUID> candidates = new ArrayList<>();
    final List<String> applications = new ArrayList<>();

    AdmissionStatisticsScenario(String bootstrapServers) {
        plan = new AdmissionScenario(bootstrapServers, 3, 3, 5);
        for (int i = 0; i < 7; i++) {
            submit(700 - i, choice(false, plan.aPhysics));
        }
        for (int i = 0; i < 6; i++) {
            submit(690 - i, choice(false, plan.bAny));
        }
        submit(680, choice(false, plan.aAny));
        submit(679, choice(false, plan.aAny));
        submit(670, choice(false, plan.bAny), choice(true, plan.aPhysics));
        submit(669.5, choice(false, plan.bAny), choice(true, plan.aPhysics));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> rules = Fixtures.admissionConfig(now.minusDays(3), now.minusMinutes(1), 3, 3);
        rules.put("dropRatio", 1.2);
        plan.setRules(rules);
    }

    /** Runs the round (or a dry run) as an operator; its id. */
    UUID round(boolean dryRun) {
        String id = given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("intakeYear", plan.year, "sourceProvince", AdmissionScenario.HEBEI, "batch",
                        "UNDERGRADUATE", "dryRun", dryRun))
                .post("/api/v1/admission-rounds").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** The year's Hebei figures of one level, as {@code token} reads them (JSON, small pages). */
    List<Map<String, String>> figures(String token, String level) {
        return StatisticsPages.json(token, "admissions", query(level), 2);
    }

    Map<String, Object> query(String level) {
        return Map.of("intakeYear", plan.year, "sourceProvince", AdmissionScenario.HEBEI, "level", level);
    }

    @SafeVarargs
    private void submit(double totalScore, Map<String, Object>... choices) {
        Map<String, Object> record = Candidates.record();
        record.put("totalScore", totalScore);
        UUID candidate = Candidates.registered(AdmissionScenario.HEBEI, plan.year, record);
        candidates.add(candidate);
        applications.add(Applications.submit(candidate, List.of(choices)).statusCode(201).extract().path("id"));
    }
}
