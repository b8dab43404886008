package org.jjjpark.enrollment;

import io.quarkus.test.junit.QuarkusMock;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jjjpark.enrollment.config.ParkClock;
import org.jjjpark.events.agreement.SeatAllocation;
import org.jjjpark.testkit.TestTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/**
 * An admission year of its own with applicants from two provinces, for statistics tests: Hebei admits one major
 * per choice (K = 4, J = 1), Beijing major groups of up to two majors (K = 3, J = 2). Two institutions; a
 * general agreement, an order class and a terminated agreement, all reaching the service through the real broker.
 * Its window stays open for a week, so tests can move the service's clock from day to day.
 */
final class StatisticsScenario {

    static final String HEBEI = "130000";
    static final String BEIJING = "110000";
    static final String TIANJIN = "120000";

    final int year = Fixtures.uniqueYear();
    final UUID institutionA = UUID.randomUUID();
    final UUID institutionB = UUID.randomUUID();
    final UUID generalAgreement = UUID.randomUUID();
    final UUID orderClassAgreement = UUID.randomUUID();
    final UUID terminatedAgreement = UUID.randomUUID();

    /** Plan lines by province: A's physics program, A's program without requirements, B's program. */
    final UUID hebeiAPhysics;
    final UUID hebeiAAny;
    final UUID hebeiB;
    /** B's order class for Hebei applicants. */
    final UUID hebeiBOrderClass;
    final UUID beijingAPhysics;
    final UUID beijingAAny;
    final UUID beijingB;

    StatisticsScenario(String bootstrapServers) {
        UpstreamEvents upstream = new UpstreamEvents(bootstrapServers);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        rules(HEBEI, Fixtures.admissionConfig(now.minusDays(1), now.plusDays(7), 4, 1));
        rules(BEIJING, Fixtures.admissionConfig(now.minusDays(1), now.plusDays(7), 3, 2));
        UUID aPhysics = upstream.programOffered(institutionA, List.of("PHYSICS"));
        UUID aAny = upstream.programOffered(institutionA, List.of());
        UUID b = upstream.programOffered(institutionB, List.of());
        UUID bOrderClass = upstream.programOffered(institutionB, List.of());
        upstream.activated(generalAgreement, 3, List.of(seats(aPhysics, HEBEI, "GENERAL", 40),
                seats(aAny, HEBEI, "GENERAL", 30), seats(b, HEBEI, "GENERAL", 2), seats(aPhysics, BEIJING, "GENERAL", 10),
                seats(aAny, BEIJING, "GENERAL", 8), seats(b, BEIJING, "GENERAL", 6)));
        upstream.activated(orderClassAgreement, 3, List.of(seats(bOrderClass, HEBEI, "ORDER_CLASS", 15)));
        upstream.activated(terminatedAgreement, 3, List.of(seats(aAny, TIANJIN, "GENERAL", 12)));
        upstream.terminated(terminatedAgreement, 4);
        List<Map<String, Object>> lines = await().atMost(Duration.ofSeconds(30)).until(this::lines,
                l -> l.size() == 8 && l.stream().allMatch(line -> line.get("institutionId") != null)
                        && l.stream().anyMatch(line -> "CLOSED".equals(line.get("status"))));
        hebeiAPhysics = lineOf(lines, aPhysics, HEBEI);
        hebeiAAny = lineOf(lines, aAny, HEBEI);
        hebeiB = lineOf(lines, b, HEBEI);
        hebeiBOrderClass = lineOf(lines, bOrderClass, HEBEI);
        beijingAPhysics = lineOf(lines, aPhysics, BEIJING);
        beijingAAny = lineOf(lines, aAny, BEIJING);
        beijingB = lineOf(lines, b, BEIJING);
    }

    /** Moves the service's clock {@code days} ahead of real time, for the current test only. */
    static void movedAhead(int days) {
        QuarkusMock.installMockForType(Clock.offset(Clock.system(ParkClock.ZONE), Duration.ofDays(days)), Clock.class);
    }

    /** A physics-track candidate of this year from {@code province}; their id. */
    UUID candidate(String province) {
        return Candidates.registered(province, year, Candidates.record());
    }

    /** Submits {@code choices}, each the plan lines of one choice in order; the application's id. */
    @SafeVarargs
    final String submit(UUID candidate, List<UUID>... choices) {
        return asApplicant(candidate).contentType(ContentType.JSON)
                .body(Map.of("batch", "UNDERGRADUATE", "choices", choices(choices)))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    /** Replaces the choices of the candidate's application. */
    @SafeVarargs
    final void change(UUID candidate, String application, List<UUID>... choices) {
        String etag = asApplicant(candidate).get("/api/v1/applications/" + application).then().statusCode(200)
                .extract().header("ETag");
        asApplicant(candidate).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("choices", choices(choices))).put("/api/v1/applications/" + application).then()
                .statusCode(200);
    }

    void withdraw(UUID candidate, String application) {
        asApplicant(candidate).post("/api/v1/applications/" + application + "/withdrawal").then().statusCode(200);
    }

    private void rules(String province, Map<String, Object> rules) {
        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(rules)
                .put("/api/v1/admission-configs/" + year + "/" + province + "/UNDERGRADUATE").then()
                .statusCode(anyOf(is(200), is(201)));
    }

    private List<Map<String, Object>> lines() {
        JsonPath page = given().auth().oauth2(TestTokens.operator()).queryParam("intakeYear", year)
                .queryParam("limit", 500).get("/api/v1/plan-lines").then().statusCode(200).extract().jsonPath();
        return page.getList("items");
    }

    private SeatAllocation seats(UUID program, String sourceProvince, String planType, int seats) {
        return new SeatAllocation(program, year, BEIJING, sourceProvince, planType, seats);
    }

    private static UUID lineOf(List<Map<String, Object>> lines, UUID program, String sourceProvince) {
        return lines.stream().filter(l -> program.toString().equals(l.get("programId"))
                        && sourceProvince.equals(l.get("sourceProvince")))
                .map(l -> UUID.fromString((String) l.get("id"))).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> choices(List<UUID>[] choices) {
        return java.util.Arrays.stream(choices).map(majors -> Map.<String, Object>of("majors",
                majors.stream().map(UUID::toString).toList(), "acceptAdjustment", true)).toList();
    }

    private static io.restassured.specification.RequestSpecification asApplicant(UUID candidate) {
        return given().auth().oauth2(TestTokens.applicant(candidate));
    }
}
