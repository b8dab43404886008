package org.jjjpark.enrollment;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jjjpark.events.agreement.SeatAllocation;
import org.jjjpark.testkit.TestTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * One admission year of its own for a test: rules for Hebei's undergraduate batch, two institutions whose
 * programs reach the service through partner.events, an agreement whose seats reach it through
 * agreement.events, and plan lines ready to be chosen.
 */
public final class AdmissionScenario {

    public static final String HEBEI = "130000";
    public static final String BEIJING = "110000";

    public final int year = Fixtures.uniqueYear();
    public final UUID agreement = UUID.randomUUID();
    public final UUID institutionA = UUID.randomUUID();
    public final UUID institutionB = UUID.randomUUID();
    /** Open Hebei lines: A's physics program, A's program without requirements, B's program, A's history program. */
    public UUID aPhysics;
    public UUID aAny;
    public UUID bAny;
    public UUID aHistory;
    /** A's physics program, for Beijing applicants. */
    public UUID aPhysicsForBeijing;

    private final UpstreamEvents upstream;
    private final int seatsPerLine;

    public AdmissionScenario(String bootstrapServers, int maxChoices, int maxMajorsPerUnit) {
        this(bootstrapServers, maxChoices, maxMajorsPerUnit, 40);
    }

    /** With {@code seatsPerLine} seats on every line, e.g. 1 for a round where seats run out. */
    public AdmissionScenario(String bootstrapServers, int maxChoices, int maxMajorsPerUnit, int seatsPerLine) {
        this.seatsPerLine = seatsPerLine;
        upstream = new UpstreamEvents(bootstrapServers);
        setRules(Fixtures.openWindow(maxChoices, maxMajorsPerUnit));
        UUID physics = upstream.programOffered(institutionA, List.of("PHYSICS"));
        UUID any = upstream.programOffered(institutionA, List.of());
        UUID other = upstream.programOffered(institutionB, List.of());
        UUID history = upstream.programOffered(institutionA, List.of("HISTORY"));
        upstream.activated(agreement, 3, List.of(seats(physics, HEBEI), seats(any, HEBEI), seats(other, HEBEI),
                seats(history, HEBEI), seats(physics, BEIJING)));
        List<Map<String, Object>> lines = await().atMost(Duration.ofSeconds(30))
                .until(this::lines, l -> l.size() == 5 && l.stream().allMatch(line -> line.get("institutionId") != null));
        aPhysics = lineOf(lines, physics, HEBEI);
        aAny = lineOf(lines, any, HEBEI);
        bAny = lineOf(lines, other, HEBEI);
        aHistory = lineOf(lines, history, HEBEI);
        aPhysicsForBeijing = lineOf(lines, physics, BEIJING);
    }

    /** Replaces the Hebei undergraduate rules of this year, e.g. to close the window. */
    public void setRules(Map<String, Object> rules) {
        setRules(HEBEI, rules);
    }

    /** Sets the undergraduate rules of this year for applicants from {@code sourceProvince}. */
    public void setRules(String sourceProvince, Map<String, Object> rules) {
        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(rules)
                .put("/api/v1/admission-configs/" + year + "/" + sourceProvince + "/UNDERGRADUATE").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    /** A Hebei physics-track candidate of this year who took physics, chemistry and biology; their id. */
    public UUID candidate() {
        Map<String, Object> record = Candidates.record();
        return Candidates.registered(HEBEI, year, record);
    }

    /** A Hebei history-track candidate of this year, without physics. */
    public UUID historyCandidate() {
        Map<String, Object> record = Candidates.record();
        record.put("subjectTrack", "HISTORY");
        record.put("subjects", List.of("HISTORY", "POLITICS", "GEOGRAPHY"));
        return Candidates.registered(HEBEI, year, record);
    }

    public void terminateAgreement() {
        upstream.terminated(agreement, 4);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> lines().stream().allMatch(l -> "CLOSED".equals(l.get("status"))));
    }

    private List<Map<String, Object>> lines() {
        JsonPath page = given().auth().oauth2(TestTokens.operator())
                .queryParam("agreementId", agreement.toString()).queryParam("intakeYear", year)
                .get("/api/v1/plan-lines").then().statusCode(200).extract().jsonPath();
        return page.getList("items");
    }

    private SeatAllocation seats(UUID program, String sourceProvince) {
        return new SeatAllocation(program, year, BEIJING, sourceProvince, "GENERAL", seatsPerLine);
    }

    private static UUID lineOf(List<Map<String, Object>> lines, UUID program, String sourceProvince) {
        List<UUID> ids = new ArrayList<>();
        lines.stream().filter(l -> program.toString().equals(l.get("programId"))
                        && sourceProvince.equals(l.get("sourceProvince")))
                .forEach(l -> ids.add(UUID.fromString((String) l.get("id"))));
        return ids.get(0);
    }
}
